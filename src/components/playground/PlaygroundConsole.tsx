import { useSandpack } from '@codesandbox/sandpack-react';
import { useEffect, useId, useRef, useState } from 'react';
import { formatConsoleArgs, styleOf, type ConsolePart } from './consoleFormat.ts';

/** Messages kept; older ones go first. */
const MAX_MESSAGES = 500;

interface ConsoleMessage {
  seq: number;
  method: string;
  parts: ConsolePart[];
}

interface ConsoleLog {
  method: string;
  data: unknown[];
}

/**
 * The preview's console, folded into a "Console" bar under the preview until the reader opens
 * it. The bar counts the messages that arrived since it was last open. Messages are formatted
 * as browsers format them (consoleFormat.ts); a new run of the preview starts it empty.
 */
export default function PlaygroundConsole() {
  const { listen } = useSandpack();
  const listId = useId();
  const seq = useRef(0);
  const [messages, setMessages] = useState<ConsoleMessage[]>([]);
  const [open, setOpen] = useState(false);
  const [seenSeq, setSeenSeq] = useState(0);
  const list = useRef<HTMLOListElement>(null);

  useEffect(
    () =>
      listen((message) => {
        if (message.type === 'start') setMessages([]);
        if (message.type !== 'console') return;
        const logs = (message as unknown as { log: ConsoleLog[] }).log;
        setMessages((previous) => {
          let next = previous;
          for (const log of logs) {
            if (log.method === 'clear') next = [];
            else next = [...next, { seq: ++seq.current, method: log.method, parts: formatConsoleArgs(log.data) }];
          }
          return next.length > MAX_MESSAGES ? next.slice(-MAX_MESSAGES) : next;
        });
      }),
    [listen],
  );

  const last = messages.at(-1)?.seq ?? 0;
  useEffect(() => {
    if (!open) return;
    setSeenSeq(last);
    list.current?.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }, [open, last]);

  const unread = open ? 0 : messages.filter((m) => m.seq > seenSeq).length;
  return (
    <div className="playground__console" data-playground-console={open ? 'open' : 'closed'}>
      <div className="playground__console-bar">
        <button type="button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)} data-playground-console-toggle>
          <span aria-hidden="true" className="playground__console-chevron">
            {open ? '▾' : '▸'}
          </span>
          Console
          {unread > 0 && (
            <span className="playground__console-unread" data-console-unread={unread}>
              {unread}
              <span className="playground__sr-only"> unread</span>
            </span>
          )}
        </button>
        {open && messages.length > 0 && (
          <button type="button" className="playground__console-clear" onClick={() => setMessages([])}>
            Clear
          </button>
        )}
      </div>
      <ol ref={list} id={listId} className="playground__console-list" hidden={!open} aria-label="Console messages" tabIndex={0}>
        {messages.length === 0 && <li className="playground__console-empty">Nothing logged yet.</li>}
        {messages.map((m) => (
          <li key={m.seq} data-console-method={m.method}>
            {m.parts.map((part, i) => (
              <span key={i} style={styleOf(part.style)}>
                {part.text}
              </span>
            ))}
          </li>
        ))}
      </ol>
    </div>
  );
}
