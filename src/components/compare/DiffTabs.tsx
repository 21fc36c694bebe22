import { useRef, useState, type KeyboardEvent } from 'react';
import type { FileDiff, SplitCell, UnifiedLine } from './fileDiffs.ts';
import '../../styles/breakout.css';
import './diffTabs.css';

const SIGN = { context: ' ', added: '+', removed: '−' } as const;

function UnifiedTable({ file }: { file: FileDiff }) {
  return (
    <table className="file-diff__table file-diff__unified" data-diff-layout="unified">
      {file.hunks.map((hunk) => (
        <tbody key={hunk.header}>
          <tr className="file-diff__hunk">
            <td colSpan={3}>{hunk.header}</td>
          </tr>
          {hunk.lines.map((line: UnifiedLine, index) => (
            <tr key={index} className={`file-diff__line file-diff__line--${line.kind}`}>
              <td className="file-diff__number">{line.oldNumber ?? ''}</td>
              <td className="file-diff__number">{line.newNumber ?? ''}</td>
              <td className="file-diff__code">
                <span className="file-diff__sign" aria-label={line.kind === 'context' ? undefined : line.kind}>
                  {SIGN[line.kind]}
                </span>
                {line.text}
              </td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

function Cell({ cell }: { cell: SplitCell | undefined }) {
  if (!cell) return <td className="file-diff__number" aria-hidden />;
  return (
    <>
      <td className="file-diff__number">{cell.number}</td>
      <td className={`file-diff__code file-diff__line--${cell.kind}`}>
        <span className="file-diff__sign" aria-label={cell.kind === 'context' ? undefined : cell.kind}>
          {SIGN[cell.kind]}
        </span>
        {cell.text}
      </td>
    </>
  );
}

function SplitTable({ file }: { file: FileDiff }) {
  return (
    <table className="file-diff__table file-diff__split" data-diff-layout="split">
      <colgroup>
        <col className="file-diff__number-col" />
        <col />
        <col className="file-diff__number-col" />
        <col />
      </colgroup>
      {file.hunks.map((hunk) => (
        <tbody key={hunk.header}>
          <tr className="file-diff__hunk">
            <td colSpan={4}>{hunk.header}</td>
          </tr>
          {hunk.rows.map((row, index) => (
            <tr key={index} className="file-diff__line">
              <Cell cell={row.left} />
              {!row.left && <td className="file-diff__code file-diff__empty" />}
              <Cell cell={row.right} />
              {!row.right && <td className="file-diff__code file-diff__empty" />}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

function FilePanel({ file }: { file: FileDiff }) {
  if (file.status === 'deleted') {
    return (
      <details className="file-diff__deleted">
        <summary>
          <code>{file.path}</code> is deleted ({file.removed} lines). Show them
        </summary>
        <UnifiedTable file={file} />
      </details>
    );
  }
  return (
    <>
      <SplitTable file={file} />
      <UnifiedTable file={file} />
    </>
  );
}

/**
 * The files that differ between a step's before and after examples, one tab per file: side by
 * side on wide screens, unified on narrow ones (both are rendered; CSS shows one), a deleted
 * file collapsed.
 */
export default function DiffTabs({ id, before, after, files }: { id: string; before: string; after: string; files: FileDiff[] }) {
  const [selected, setSelected] = useState(0);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const file = files[selected]!;
  const choose = (index: number) => {
    const next = (index + files.length) % files.length;
    setSelected(next);
    tabs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: selected + 1, ArrowLeft: selected - 1, Home: 0, End: files.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    choose(moves[event.key]!);
  };
  return (
    <div className="file-diff breakout not-content" data-file-diffs={id}>
      <p className="file-diff__summary">
        {files.length} files differ between <code>{before}</code> and <code>{after}</code>.
      </p>
      <div className="file-diff__tabs" role="tablist" aria-label="Changed files" onKeyDown={onKeyDown}>
        {files.map((f, index) => (
          <button
            key={f.path}
            ref={(element) => void (tabs.current[index] = element)}
            type="button"
            role="tab"
            id={`${id}-tab-${index}`}
            aria-selected={index === selected}
            aria-controls={`${id}-panel`}
            tabIndex={index === selected ? 0 : -1}
            className={`file-diff__tab file-diff__tab--${f.status}`}
            onClick={() => setSelected(index)}
            data-diff-tab={f.path}
          >
            {f.path}{' '}
            <span className="file-diff__counts">
              {f.status === 'deleted' ? 'deleted' : f.status === 'added' ? `new, +${f.added}` : `+${f.added} −${f.removed}`}
            </span>
          </button>
        ))}
      </div>
      <div className="file-diff__panel" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${selected}`} tabIndex={0} data-diff-panel={file.path}>
        <FilePanel key={file.path} file={file} />
      </div>
    </div>
  );
}
