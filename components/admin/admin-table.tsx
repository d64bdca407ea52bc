import type { ReactNode } from "react";

/**
 * The list table of the admin screens: column headers, rows given as children, and horizontal
 * scrolling on small screens instead of squeezed columns. Empty lists show `empty` instead. The
 * scrolling box is a region named `label`, focusable, so a keyboard user can scroll it too and a
 * screen reader says what it holds.
 */
export function AdminTable({
  columns,
  empty,
  isEmpty,
  label,
  minWidth = "40rem",
  children,
}: {
  columns: string[];
  empty: string;
  isEmpty: boolean;
  /** What the table lists, e.g. "Danh sách đại biểu". */
  label: string;
  minWidth?: string;
  children: ReactNode;
}) {
  if (isEmpty) return <p className="text-muted">{empty}</p>;
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-brand-100 focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      <table className="w-full text-left text-sm" style={{ minWidth }}>
        <thead className="bg-brand-50 text-brand-900">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-4 py-3 font-semibold">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-brand-100 align-top">{children}</tbody>
      </table>
    </div>
  );
}

/** A cell of an admin table; `header` makes it the row's header (the record's name). */
export function AdminCell({
  children,
  header = false,
  className = "",
}: {
  children: ReactNode;
  header?: boolean;
  className?: string;
}) {
  const classes = `px-4 py-3 ${header ? "font-semibold" : ""} ${className}`;
  return header ? (
    <th scope="row" className={classes}>
      {children}
    </th>
  ) : (
    <td className={classes}>{children}</td>
  );
}
