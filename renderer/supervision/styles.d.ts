// Vite bundles imported stylesheets (with the lazy chunk that imports them); TypeScript only needs to know the import is intended.
declare module '*.css';
