import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { landOnHashRoute } from '../pwa/launch';
import { registerServiceWorker } from '../pwa/register';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import './styles.css';

landOnHashRoute();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}

window.addEventListener('load', () => void registerServiceWorker());
