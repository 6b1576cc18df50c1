import { formatViews, verticalColumns } from "@/lib/readership";

type Props = {
  id: string;
  title: string;
  days: { day: string; views: number }[];
};

const WIDTH = 640;
const HEIGHT = 160;
const AXIS = 18;

/** "D/M" under the first, middle and last columns: enough to read the dates off a month of columns. */
function shortDate(key: string): string {
  const [, m, d] = key.split("-");
  return `${Number(d)}/${Number(m)}`;
}

/** Views per WIB day as columns, drawn on the server as SVG; the figures are in the table beside it. */
export function DailyColumnChart({ id, title, days }: Props) {
  const columns = verticalColumns(
    days.map((d) => d.views),
    { width: WIDTH, height: HEIGHT },
  );
  const max = Math.max(0, ...days.map((d) => d.views));
  const marks = new Set([0, Math.floor((days.length - 1) / 2), days.length - 1]);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} role="img" aria-labelledby={`${id}-judul`} className="h-auto w-full">
      <title id={`${id}-judul`}>{title}</title>
      <text x={4} y={12} className="fill-slate-700 text-[12px]">
        puncak {formatViews(max)}
      </text>
      {columns.map((c, i) => (
        <rect key={days[i].day} x={c.x + 1} y={c.y} width={Math.max(0, c.width - 2)} height={c.height} className="fill-brand" />
      ))}
      <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="stroke-slate-400" />
      {[...marks].map((i) => (
        <text key={i} x={columns[i].x + columns[i].width / 2} y={HEIGHT + 14} textAnchor="middle" className="fill-slate-700 text-[12px]">
          {shortDate(days[i].day)}
        </text>
      ))}
    </svg>
  );
}
