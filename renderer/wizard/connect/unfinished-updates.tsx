import { useEffect, useRef } from 'react';
import type { ConnectArgs, UnfinishedUpdate } from '../../../shared/ipc/contract.js';
import { BusyText } from '../../components/busy-text';
import { Button } from '../../components/button';
import { ErrorMessage } from '../../components/error-message';
import { Notice } from '../../components/notice';
import {
  selectUnfinishedActions,
  selectUnfinishedItems,
  useUnfinishedStore,
  type UnfinishedItem,
} from '../../stores/unfinished.store';
import {
  unfinishedSummary,
  verdictIsFinal,
  verdictTone,
  verdictWords,
} from '../../text/unfinished-words';

interface Props {
  /** Another connection is being made: connecting from here waits. */
  readonly disabled: boolean;
  readonly onConnect: (args: ConnectArgs) => void;
}

function connectArgsOf(update: UnfinishedUpdate): ConnectArgs {
  const { host, tcpPort, wsPort } = update.address;
  return {
    host,
    ...(tcpPort === null ? {} : { tcpPort }),
    ...(wsPort === null ? {} : { wsPort }),
  };
}

/**
 * Updates the updater was closed or crashed in the middle of. The outlet carries on alone, so
 * the person is told, and can check what became of it (a read, never a second update),
 * connect to the outlet, or forget it.
 */
export function UnfinishedUpdates({ disabled, onConnect }: Props) {
  const items = useUnfinishedStore(selectUnfinishedItems);
  const actions = useUnfinishedStore(selectUnfinishedActions);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void actions.load();
  }, [actions]);

  /** The item (and the button that had focus) goes away: put focus somewhere sensible. */
  function remove(serial: string, how: 'forget' | 'dismiss') {
    const last = items.length === 1;
    actions[how](serial);
    if (!last) headingRef.current?.focus();
    // The whole section is gone: back to the top of the step, as a new step would.
    else document.querySelector<HTMLElement>('h1.step-heading')?.focus();
  }

  if (items.length === 0) return null;
  return (
    <section className="unfinished" aria-labelledby="unfinished-heading">
      <h2 id="unfinished-heading" ref={headingRef} tabIndex={-1}>
        {items.length === 1 ? 'An update was interrupted' : 'Updates were interrupted'}
      </h2>
      <p>
        The app closed, or the outlet did not come back, before the end was seen. An outlet carries
        on with an update by itself; checking only reads its version and starts nothing.
      </p>
      <ul className="unfinished-list">
        {items.map((item) => (
          <UnfinishedEntry
            key={item.update.serial}
            item={item}
            disabled={disabled}
            onCheck={() => void actions.check(item.update.serial)}
            onConnect={() => onConnect(connectArgsOf(item.update))}
            onRemove={(how) => remove(item.update.serial, how)}
          />
        ))}
      </ul>
    </section>
  );
}

interface EntryProps {
  readonly item: UnfinishedItem;
  readonly disabled: boolean;
  readonly onCheck: () => void;
  readonly onConnect: () => void;
  readonly onRemove: (how: 'forget' | 'dismiss') => void;
}

function UnfinishedEntry({ item, disabled, onCheck, onConnect, onRemove }: EntryProps) {
  const { update, check } = item;
  const summaryId = `unfinished-${update.serial}`;
  const checking = check.name === 'checking';
  const settled = check.name === 'checked' && verdictIsFinal(check.verdict);
  const connectRef = useRef<HTMLButtonElement>(null);

  // The check button is replaced by "Connect": keep keyboard focus on the next thing to do.
  useEffect(() => {
    if (settled) connectRef.current?.focus();
  }, [settled]);

  return (
    <li className="unfinished-item">
      <p id={summaryId}>{unfinishedSummary(update)}</p>
      <div aria-live="polite">
        {checking ? (
          <BusyText>Checking the outlet (up to two minutes if it is restarting)…</BusyText>
        ) : null}
        {check.name === 'checked' ? (
          <Notice tone={verdictTone(check.verdict)}>
            <p>{verdictWords(update, check.verdict)}</p>
          </Notice>
        ) : null}
      </div>
      {check.name === 'failed' ? (
        <ErrorMessage error={check.error} context="Could not check" />
      ) : null}
      <div className="actions">
        {settled ? (
          <>
            <Button
              ref={connectRef}
              variant="primary"
              disabled={disabled}
              aria-describedby={summaryId}
              onClick={onConnect}
            >
              Connect to this outlet
            </Button>
            <Button aria-describedby={summaryId} onClick={() => onRemove('dismiss')}>
              Done
            </Button>
          </>
        ) : (
          <>
            <Button
              variant="primary"
              disabled={disabled || checking}
              aria-describedby={summaryId}
              onClick={onCheck}
            >
              {check.name === 'checked' || check.name === 'failed' ? 'Check again' : 'Check it now'}
            </Button>
            <Button
              disabled={checking}
              aria-describedby={summaryId}
              onClick={() => onRemove('forget')}
            >
              Forget it
            </Button>
          </>
        )}
      </div>
    </li>
  );
}
