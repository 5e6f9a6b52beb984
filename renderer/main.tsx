import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { pickBridge } from './api/pickBridge';

const { bridge, desktop } = pickBridge();
const container = document.getElementById('root');
if (container) createRoot(container).render(<App bridge={bridge} desktop={desktop} />);
