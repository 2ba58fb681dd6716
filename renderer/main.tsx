import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { hasInvisApi, invisApi } from './api/invis-api';
import { App } from './app';
import { BridgeMissing } from './components/bridge-missing';
import { bindEvents } from './stores/bind-events';
import { resumeActiveUpdate } from './stores/resume-active-update';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);

if (hasInvisApi()) {
  // Subscribe once, before the first render, so no event can slip past the stores.
  bindEvents(invisApi());
  void resumeActiveUpdate();
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
} else {
  root.render(<BridgeMissing />);
}
