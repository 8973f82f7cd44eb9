// Reference bundle for the first-screen JavaScript budget: React and ReactDOM alone, nothing else.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) createRoot(root).render(createElement('p', null, 'Lumbung'));
