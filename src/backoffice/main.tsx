import './office.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadOfficeMessages } from './messages';
import { OfficeApp } from './OfficeApp';

/** English when the browser asks for it first; Indonesian otherwise. */
const language = navigator.language.toLowerCase().startsWith('en') ? 'en' : 'id';

async function start(): Promise<void> {
  await loadOfficeMessages(language).catch(() => undefined);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <OfficeApp language={language} />
    </StrictMode>,
  );
}

void start();
