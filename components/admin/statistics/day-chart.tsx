import type { Locale } from "@/lib/i18n/config";
import { formatCount } from "@/lib/i18n/numbers";
import { formatCalendarDate } from "@/lib/time/format";

// Registrations per day as an SVG bar chart, readable on a projector (thick bars, large labels, high
// contrast), with the same numbers in a table for screen readers and for anyone who wants the figures.

type Props = { locale: Locale; days: { day: string; count: number }[]; title: string; labels: { day: string; count: string } };

const WIDTH = 800;
const HEIGHT = 260;
const AXIS = 28;
/** A bar is never wider than this: the first day of registration is a bar, not the whole chart. */
const MAX_SLOT = 64;

export function DayChart({ locale, days, title, labels }: Props) {
  const max = Math.max(1, ...days.map((day) => day.count));
  const slot = Math.min(MAX_SLOT, (WIDTH - AXIS) / Math.max(1, days.length));
  const label = (day: string) => formatCalendarDate(new Date(`${day}T00:00:00Z`)).slice(0, 5);
  return (
    <figure className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-brand-100">
      <figcaption className="mb-3 text-lg font-bold text-brand-900">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} role="img" aria-label={title} className="h-auto w-full">
        <line x1={AXIS} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} stroke="#1f2937" strokeWidth="2" />
        {days.map((day, index) => {
          const height = (day.count / max) * (HEIGHT - 30);
          const x = AXIS + index * slot + slot * 0.15;
          return (
            <g key={day.day}>
              <rect x={x} y={HEIGHT - height} width={slot * 0.7} height={height} fill="#0a2a5e" />
              <text x={x + slot * 0.35} y={HEIGHT - height - 6} textAnchor="middle" fontSize="16" fontWeight="700" fill="#111827">
                {formatCount(day.count, locale)}
              </text>
              {(days.length <= 16 || index % Math.ceil(days.length / 16) === 0) && (
                <text x={x + slot * 0.35} y={HEIGHT + 20} textAnchor="middle" fontSize="14" fill="#111827">
                  {label(day.day)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold text-brand-700">{labels.day} / {labels.count}</summary>
        <table className="mt-2 text-sm">
          <thead>
            <tr>
              <th scope="col" className="pr-6 text-left">{labels.day}</th>
              <th scope="col" className="text-right">{labels.count}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <td className="pr-6">{formatCalendarDate(new Date(`${day.day}T00:00:00Z`))}</td>
                <td className="text-right tabular-nums">{formatCount(day.count, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
