import { useState } from 'react';
import { Button } from '../../components/button';

type CopyState = 'idle' | 'copied' | 'failed';

interface Props {
  readonly summary: () => string;
}

/**
 * Copies the diagnostic summary. The clipboard can refuse (no permission, no focus), so on
 * failure the summary is shown in a read-only box the person can select and copy by hand.
 */
export function CopySummary({ summary }: Props) {
  const [state, setState] = useState<CopyState>('idle');
  const [text, setText] = useState('');

  async function copy() {
    const value = summary();
    setText(value);
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <div className="copy-summary">
      <Button onClick={() => void copy()}>Copy diagnostic summary</Button>
      <p role="status" className="copy-status">
        {state === 'copied' ? 'Copied to the clipboard.' : null}
        {state === 'failed'
          ? 'Could not copy automatically. Select the text below and copy it yourself.'
          : null}
      </p>
      {state === 'failed' ? (
        <textarea
          className="summary-text"
          aria-label="Diagnostic summary"
          readOnly
          rows={12}
          value={text}
        />
      ) : null}
    </div>
  );
}
