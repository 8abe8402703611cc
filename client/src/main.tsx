import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/base.css';
import './styles/forms.css';
import './styles/document.css';
import './styles/editor.css';
import './styles/protocol.css';
import './styles/procedure.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html saknar #root');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
