import { useState, type FormEvent } from 'react';
import type { SiteScanArgs } from '../../../shared/ipc/site-contract.js';
import { parsePortInput } from '../../../shared/site/device-address.js';
import { BusyText } from '../../components/busy-text';
import { Button } from '../../components/button';
import { ErrorMessage } from '../../components/error-message';
import { ProgressBar } from '../../components/progress-bar';
import { TextField } from '../../components/text-field';
import type { ScanProgress, ScanStatus } from '../../stores/site-scan.store';

interface Props {
  readonly status: ScanStatus;
  readonly progress: ScanProgress | null;
  readonly onScan: (args: SiteScanArgs) => void;
}

function progressWords(progress: ScanProgress): string {
  const outlets = progress.found === 1 ? 'outlet' : 'outlets';
  return `Probed ${progress.probed} of ${progress.total} addresses, ${progress.found} ${outlets} found`;
}

/** Scan form: an optional subnet, and the ports under Advanced (tests and unusual installs). */
export function ScanPanel({ status, progress, onScan }: Props) {
  const [subnet, setSubnet] = useState('');
  const [tcpPort, setTcpPort] = useState('');
  const [wsPort, setWsPort] = useState('');
  const tcp = parsePortInput(tcpPort);
  const ws = parsePortInput(wsPort);
  const scanning = status.name === 'scanning';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!tcp.ok || !ws.ok || scanning) return;
    const trimmed = subnet.trim();
    onScan({
      ...(trimmed ? { subnet: trimmed } : {}),
      ...(tcp.value !== null ? { tcpPort: tcp.value } : {}),
      ...(ws.value !== null ? { wsPort: ws.value } : {}),
    });
  }

  return (
    <form className="site-form" noValidate onSubmit={submit} aria-busy={scanning}>
      <TextField
        label="Subnet (optional)"
        hint="For example 192.168.1.0/24. Leave it empty to scan this computer’s own networks."
        autoComplete="off"
        spellCheck={false}
        value={subnet}
        onChange={(event) => setSubnet(event.target.value)}
      />
      <details className="advanced">
        <summary>Advanced scan settings</summary>
        <div className="field-row">
          <TextField
            label="TCP port"
            hint="Default 3333 (revB)."
            inputMode="numeric"
            value={tcpPort}
            error={tcp.ok ? null : tcp.error}
            onChange={(event) => setTcpPort(event.target.value)}
          />
          <TextField
            label="WebSocket port"
            hint="Default 80 (revA)."
            inputMode="numeric"
            value={wsPort}
            error={ws.ok ? null : ws.error}
            onChange={(event) => setWsPort(event.target.value)}
          />
        </div>
      </details>
      <div className="actions">
        <Button type="submit" disabled={scanning}>
          Scan the network
        </Button>
        {scanning ? <BusyText>Scanning…</BusyText> : null}
      </div>
      {scanning && progress ? (
        <>
          <ProgressBar
            percent={progress.total === 0 ? 0 : (progress.probed / progress.total) * 100}
            label="Scan progress"
            valueText={progressWords(progress)}
          />
          <p className="progress-numbers">{progressWords(progress)}</p>
        </>
      ) : null}
      {status.name === 'failed' ? (
        <ErrorMessage error={status.error} context="The scan did not run" showDetail />
      ) : null}
    </form>
  );
}
