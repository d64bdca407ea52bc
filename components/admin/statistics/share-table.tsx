import type { ReactNode } from "react";

// A table of figures with a bar in each row: the table is the accessible form, the bar the glance.

type ShareRow = { key: string; label: ReactNode; cells: ReactNode[]; share: number };

export function ShareTable({ title, columns, rows, empty }: { title: string; columns: string[]; rows: ShareRow[]; empty: string }) {
  return (
    <section aria-label={title} className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-brand-100">
      <h2 className="mb-3 text-lg font-bold text-brand-900">{title}</h2>
      {rows.length === 0 ? (
        <p className="text-muted">{empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-base">
            <thead>
              <tr className="border-b border-brand-100">
                {columns.map((column, index) => (
                  <th key={column} scope="col" className={`py-2 pr-4 font-semibold ${index > 0 ? "text-right" : ""}`}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className="border-b border-brand-50 align-top">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {row.label}
                    <span aria-hidden="true" className="mt-1 block h-2 rounded bg-brand-100">
                      <span className="block h-2 rounded bg-brand-700" style={{ width: `${Math.min(100, Math.round(row.share * 100))}%` }} />
                    </span>
                  </th>
                  {row.cells.map((cell, index) => (
                    <td key={index} className="py-2 pr-4 text-right tabular-nums">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
