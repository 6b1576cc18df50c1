import { formatViews, horizontalBars } from "@/lib/readership";

type Props = {
  /** Unique on the page: ties the chart to its title for screen readers. */
  id: string;
  title: string;
  items: { label: string; value: number }[];
};

const WIDTH = 640;
const LABEL_MAX = 70;
const ROW = { rowHeight: 14, gap: 22 };

/**
 * A bar per item, its label above it and its figure after it, drawn on the server as SVG: it
 * needs no JavaScript, scales to the column it sits in, and a screen reader reads its title
 * (the figures themselves are in the table beside it).
 */
export function HorizontalBarChart({ id, title, items }: Props) {
  const bars = horizontalBars(items, { barWidth: WIDTH - 90, ...ROW });
  const height = Math.max(1, items.length) * (ROW.rowHeight + ROW.gap);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-judul`} className="h-auto w-full" preserveAspectRatio="xMinYMin meet">
      <title id={`${id}-judul`}>{title}</title>
      {bars.map((b, i) => (
        // Labels may repeat (two stories with one headline): the position is the key.
        <g key={i} transform={`translate(0 ${b.y})`}>
          <text x={0} y={12} className="fill-slate-800 text-[13px]">
            {b.label.length > LABEL_MAX ? `${b.label.slice(0, LABEL_MAX - 1)}…` : b.label}
          </text>
          <rect x={0} y={17} width={b.width} height={b.height} className="fill-brand" />
          <text x={b.width + 6} y={29} className="fill-slate-900 text-[13px] font-semibold">
            {formatViews(b.value)}
          </text>
        </g>
      ))}
    </svg>
  );
}
