// The base styles first: the screens' own stylesheets follow them and may refine them.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isLanguageLoaded, loadLanguage } from '../i18n/translate';
import { landOnHashRoute } from '../pwa/launch';
import { registerServiceWorker } from '../pwa/register';
import { openLumbungDb } from '../storage';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { appContainer } from './first-screen-takeover';
import { currentLanguage } from './language';

landOnHashRoute();
window.addEventListener('load', () => void registerServiceWorker());
// The database opens while React starts, not after its first render: on a slow phone the two
// overlap instead of following each other.
const opening = openLumbungDb();

function render(): void {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(appContainer(root)).render(
    <StrictMode>
      <ErrorBoundary>
        <App opening={opening} />
      </ErrorBoundary>
    </StrictMode>,
  );
}

// A member who chose English gets its messages (a chunk of their own) before the first screen;
// should they fail to load, the app starts in Indonesian.
const language = currentLanguage();
if (isLanguageLoaded(language)) render();
else void loadLanguage(language).then(render, render);
