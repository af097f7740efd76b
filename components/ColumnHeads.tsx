/** A table's header row: one column header per label, all styled alike; `false` leaves a column out. */
export function ColumnHeads({ labels, className }: { labels: readonly (string | false)[]; className: string }) {
  return (
    <tr>
      {labels.map(
        (label, i) =>
          label !== false && (
            <th key={i} scope="col" className={className}>
              {label}
            </th>
          ),
      )}
    </tr>
  );
}
