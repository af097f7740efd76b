import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { LEAD_STATUSES, type LeadRow, type LeadStatus } from '@/lib/leads/types';
import type { Sort, SortKey } from '@/lib/leads/query';
import { TONE_BG, TONE_TEXT } from '../tone';

const ROW_HEIGHT = 44;

interface Props {
  rows: LeadRow[];
  sort: Sort;
  selected: ReadonlySet<string>;
  cursor?: string;
  onSort(sort: Sort): void;
  onToggle(key: string): void;
  onSelectAll(on: boolean): void;
  onCursor(key: string | undefined): void;
  onOpen(key: string): void;
  onStatus(key: string, status: LeadStatus): void;
  onNotes(key: string, notes: string): void;
  onDelete(keys: string[]): void;
}

const day = (iso: string) => iso.slice(0, 10);

/** A notes cell that edits in place: Enter or leaving the field saves, Escape cancels. */
function NotesCell({ row, onNotes }: { row: LeadRow; onNotes: Props['onNotes'] }) {
  const [value, setValue] = useState(row.notesPreview);
  // The stored note changed (saved here or elsewhere): show it.
  const [stored, setStored] = useState(row.notesPreview);
  if (stored !== row.notesPreview) {
    setStored(row.notesPreview);
    setValue(row.notesPreview);
  }
  const save = () => {
    if (value !== row.notesPreview) onNotes(row.key, value);
  };
  return (
    <input
      aria-label={`Notes on ${row.name}`}
      data-testid="notes-cell"
      className="w-full truncate rounded border border-transparent bg-transparent px-1 py-0.5 text-xs hover:border-gray-300 focus:border-blue-500 dark:hover:border-gray-600"
      value={value}
      placeholder="Add a note"
      onChange={(e) => setValue(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          setValue(row.notesPreview);
          e.currentTarget.blur();
        }
      }}
    />
  );
}

/**
 * The leads spreadsheet: sortable headers, a checkbox and inline status and notes per row, and
 * only the rows in view rendered (50,000 leads scroll like 50). Keyboard: arrows / Home / End /
 * PageUp / PageDown move, Space selects, Enter opens, Delete deletes the selection (undo offered).
 */
/** What the cells read at render time: columns stay the same objects, so cells are never remounted. */
interface Meta {
  props: Props;
}
const metaOf = (table: { options: { meta?: unknown } }) => (table.options.meta as Meta).props;

export function LeadsTable(props: Props) {
  const { rows, sort, selected, cursor } = props;
  const columns = useMemo<ColumnDef<LeadRow>[]>(
    () => [
      {
        id: 'select',
        size: 36,
        header: ({ table }) => {
          const p = metaOf(table);
          return (
            <input
              type="checkbox"
              aria-label="Select all shown leads"
              className="h-4 w-4"
              checked={p.rows.length > 0 && p.rows.every((r) => p.selected.has(r.key))}
              onChange={(e) => p.onSelectAll(e.target.checked)}
            />
          );
        },
        cell: ({ row, table }) => {
          const p = metaOf(table);
          return (
            <input
              type="checkbox"
              aria-label={`Select ${row.original.name}`}
              className="h-4 w-4"
              checked={p.selected.has(row.original.key)}
              onChange={() => p.onToggle(row.original.key)}
            />
          );
        },
      },
      {
        id: 'name',
        header: 'Company',
        size: 260,
        cell: ({ row: { original: r }, table }) => (
          <button
            type="button"
            className="min-w-0 truncate text-left font-medium hover:underline"
            onClick={() => metaOf(table).onOpen(r.key)}
            title={r.domain ? `${r.name} · ${r.domain}` : r.name}
          >
            {r.name}
            {r.domain && <span className="ml-1 text-xs font-normal text-gray-500 dark:text-gray-400">{r.domain}</span>}
          </button>
        ),
      },
      {
        id: 'score',
        header: 'Score',
        size: 120,
        cell: ({ row: { original: r } }) => (
          <span className="flex items-center gap-1.5">
            <span
              data-testid="lead-score"
              className={`${TONE_BG[r.tone]} inline-flex h-6 min-w-8 items-center justify-center rounded-full px-1.5 text-xs font-bold text-white tabular-nums`}
            >
              {r.score}
            </span>
            {r.moved && (
              <span
                data-testid="moved"
                className="text-xs text-gray-600 dark:text-gray-400"
                title={`Was ${r.moved.fromScore} (${r.moved.fromTierLabel}) before version ${r.moved.sinceVersion}`}
              >
                {r.moved.fromScore < r.score ? '▲' : r.moved.fromScore > r.score ? '▼' : '•'} from {r.moved.fromScore}
              </span>
            )}
          </span>
        ),
      },
      {
        id: 'tier',
        header: 'Tier',
        size: 150,
        cell: ({ row: { original: r } }) => (
          <span className={`truncate text-xs font-semibold ${TONE_TEXT[r.tone]}`} data-testid="lead-tier">
            {r.moved && r.moved.fromTierLabel !== r.tierLabel
              ? `${shortTier(r.moved.fromTierLabel)} → ${shortTier(r.tierLabel)} since v${r.moved.sinceVersion}`
              : r.tierLabel}
          </span>
        ),
      },
      {
        id: 'icp',
        header: 'ICP',
        size: 140,
        cell: ({ row: { original: r } }) => <span className="truncate text-xs">{r.icpName}</span>,
      },
      {
        id: 'status',
        header: 'Status',
        size: 130,
        cell: ({ row: { original: r }, table }) => (
          <select
            aria-label={`Status of ${r.name}`}
            data-testid="status-cell"
            className="rounded border border-gray-300 bg-white px-1 py-0.5 text-xs dark:border-gray-600 dark:bg-gray-800"
            value={r.status}
            onKeyDown={(e) => e.stopPropagation()}
            onChange={(e) => metaOf(table).onStatus(r.key, e.target.value as LeadStatus)}
          >
            {LEAD_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        ),
      },
      {
        id: 'tags',
        header: 'Tags',
        size: 120,
        cell: ({ row: { original: r } }) => (
          <span className="flex gap-1 overflow-hidden">
            {r.tags.map((t) => (
              <span key={t} className="rounded bg-gray-100 px-1.5 text-xs whitespace-nowrap dark:bg-gray-800">
                {t}
              </span>
            ))}
          </span>
        ),
      },
      {
        id: 'notes',
        header: 'Notes',
        size: 200,
        cell: ({ row: { original: r }, table }) => <NotesCell row={r} onNotes={metaOf(table).onNotes} />,
      },
      {
        id: 'lastSeen',
        header: 'Last seen',
        size: 100,
        cell: ({ row: { original: r } }) => <span className="text-xs tabular-nums">{day(r.lastSeen)}</span>,
      },
    ],
    [],
  );
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders through its own state.
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtual.getVirtualItems();
  // The table models only the rows on screen (and the overscan): 50,000 leads cost what 40 do.
  const first = items.length ? items[0].index : 0;
  const last = items.length ? items[items.length - 1].index : -1;
  const windowRows = useMemo(() => rows.slice(first, last + 1), [rows, first, last]);
  const table = useReactTable({
    data: windowRows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (r) => r.key,
    meta: { props } satisfies Meta,
  });
  const cursorIndex = cursor ? rows.findIndex((r) => r.key === cursor) : -1;
  const tableRows = table.getRowModel().rows;

  function move(to: number) {
    if (!rows.length) return;
    const i = Math.max(0, Math.min(rows.length - 1, to));
    props.onCursor(rows[i].key);
    virtual.scrollToIndex(i, { align: 'auto' });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.target !== e.currentTarget) return;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 440) / ROW_HEIGHT) - 1);
    const at = cursorIndex;
    const handled = true;
    switch (e.key) {
      case 'ArrowDown':
        move(at + 1);
        break;
      case 'ArrowUp':
        move(at - 1);
        break;
      case 'PageDown':
        move(at + page);
        break;
      case 'PageUp':
        move(at - page);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(rows.length - 1);
        break;
      case ' ':
        if (cursor) props.onToggle(cursor);
        break;
      case 'Enter':
        if (cursor) props.onOpen(cursor);
        break;
      case 'Delete':
      case 'Backspace':
        if (selected.size) props.onDelete([...selected]);
        else if (cursor) props.onDelete([cursor]);
        break;
      default:
        return;
    }
    if (handled) e.preventDefault();
  }

  const headerSort = (id: string): SortKey | undefined =>
    (['name', 'score', 'tier', 'icp', 'status', 'lastSeen'] as const).find((k) => k === id);

  return (
    <div className="flex min-h-0 min-w-0 flex-1 flex-col rounded-md border border-gray-200 dark:border-gray-800">
      <div
        role="row"
        className="flex border-b border-gray-200 bg-gray-100 text-xs font-semibold dark:border-gray-800 dark:bg-gray-900"
      >
        {table.getHeaderGroups()[0].headers.map((h) => {
          const key = headerSort(h.id);
          const active = key && sort.key === key;
          return (
            <div
              key={h.id}
              role="columnheader"
              aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : undefined}
              style={cellStyle(h.id, h.getSize())}
              className="flex shrink-0 items-center px-2 py-2"
            >
              {key ? (
                <button
                  type="button"
                  className="rounded hover:underline"
                  onClick={() =>
                    props.onSort({ key, desc: active ? !sort.desc : key === 'score' || key === 'lastSeen' })
                  }
                >
                  {flexRender(h.column.columnDef.header, h.getContext())}
                  {active ? (sort.desc ? ' ↓' : ' ↑') : ''}
                </button>
              ) : (
                flexRender(h.column.columnDef.header, h.getContext())
              )}
            </div>
          );
        })}
      </div>
      <div
        ref={scroller}
        role="grid"
        aria-label="Saved leads"
        aria-rowcount={rows.length}
        aria-activedescendant={cursor ? `lead-${cssId(cursor)}` : undefined}
        tabIndex={0}
        data-testid="leads-grid"
        onKeyDown={onKeyDown}
        onFocus={() => cursorIndex < 0 && rows.length && props.onCursor(rows[0].key)}
        className="relative min-h-0 flex-1 overflow-auto focus-visible:outline-2 focus-visible:outline-blue-600"
      >
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {items.map((v) => {
            const row = tableRows[v.index - first];
            if (!row) return null;
            const r = row.original;
            const isCursor = r.key === cursor;
            return (
              <div
                key={r.key}
                id={`lead-${cssId(r.key)}`}
                role="row"
                aria-rowindex={v.index + 1}
                aria-selected={selected.has(r.key)}
                data-testid="lead-row"
                data-key={r.key}
                onClick={() => props.onCursor(r.key)}
                onDoubleClick={() => props.onOpen(r.key)}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${v.start}px)`,
                }}
                className={`flex items-center border-b border-gray-100 text-sm dark:border-gray-800 ${
                  isCursor
                    ? 'bg-blue-50 ring-2 ring-blue-500 ring-inset dark:bg-blue-950'
                    : selected.has(r.key)
                      ? 'bg-blue-50/60 dark:bg-blue-950/50'
                      : ''
                }`}
              >
                {row.getVisibleCells().map((c) => (
                  <div
                    key={c.id}
                    role="gridcell"
                    style={cellStyle(c.column.id, c.column.getSize())}
                    className="flex min-w-0 shrink-0 items-center px-2"
                  >
                    {flexRender(c.column.columnDef.cell, c.getContext())}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/** Fixed widths, except the company and notes columns, which share what is left. */
function cellStyle(id: string, size: number): React.CSSProperties {
  if (id === 'name') return { flex: '2 1 0', minWidth: 160 };
  if (id === 'notes') return { flex: '1 1 0', minWidth: 120 };
  return { width: size };
}

/** "A — Ideal fit" → "A". */
function shortTier(label: string): string {
  return label.split(/\s+[—–-]\s+/)[0] || label;
}

/** A key as an element id fragment. */
function cssId(key: string): string {
  return key.replace(/[^a-zA-Z0-9_-]/g, '_');
}
