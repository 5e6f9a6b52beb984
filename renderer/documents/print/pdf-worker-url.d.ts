// Vite turns a `?url` import into the URL of the file, emitted beside the bundle.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?url' {
  const url: string;
  export default url;
}
