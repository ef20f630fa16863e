/**
 * The timeline: claims per day (the day each claim is about), stacked by the speaker's side, and
 * the days disputes are about as events above the bars. Drawn as SVG; each day links to its claims.
 */
import { api, type Dispute, type TimelineResponse } from '../api.js';
import { href } from '../router.js';
import { Loaded, sideClass, useLoad } from '../util.js';

/** At most this many days are drawn (the latest ones). */
const MAX_DAYS = 366;

const DAY_MS = 86_400_000;
const toDay = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** Every day from the first to the last (at most MAX_DAYS, the latest). */
function daysBetween(first: string, last: string): string[] {
  const a = Date.parse(`${first}T00:00:00Z`);
  const b = Date.parse(`${last}T00:00:00Z`);
  const out: string[] = [];
  for (let t = Math.max(a, b - (MAX_DAYS - 1) * DAY_MS); t <= b; t += DAY_MS) out.push(toDay(t));
  return out;
}

function Chart({ timeline, disputes }: { timeline: TimelineResponse; disputes: Dispute[] }) {
  const perDay = new Map<string, Map<string, number>>();
  const sides = new Map<string, number>();
  for (const d of timeline.days) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date)) continue;
    const side = d.side ?? '';
    const m = perDay.get(d.date) ?? new Map<string, number>();
    m.set(side, (m.get(side) ?? 0) + d.claims);
    perDay.set(d.date, m);
    sides.set(side, (sides.get(side) ?? 0) + d.claims);
  }
  const eventDays = new Map<string, number>();
  for (const d of disputes) {
    const day = d.topic.from?.slice(0, 10);
    if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) eventDays.set(day, (eventDays.get(day) ?? 0) + 1);
  }
  const known = [...perDay.keys(), ...eventDays.keys()].sort();
  if (known.length === 0) return <p class="muted">No dated claims.</p>;
  const days = daysBetween(known[0]!, known[known.length - 1]!);
  const sideOrder = [...sides.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
  const max = Math.max(1, ...days.map((d) => [...(perDay.get(d)?.values() ?? [])].reduce((x, y) => x + y, 0)));

  const left = 40, top = 24, height = 220, bottom = 40;
  const bar = Math.max(6, Math.min(64, Math.floor(1100 / days.length)));
  const width = left + days.length * bar + 10;
  const y = (n: number): number => (n / max) * height;
  const labelEvery = Math.ceil(days.length / Math.max(1, Math.floor((days.length * bar) / 70)));

  return (
    <>
      <ul class="legend" aria-label="Sides">
        {sideOrder.map((s) => (
          <li key={s}>
            <span class={`swatch ${sideClass(s || null)}`} /> {s || 'unknown side'} <span class="muted">({sides.get(s)})</span>
          </li>
        ))}
        {eventDays.size ? <li><span class="swatch event" /> disputes about that day</li> : null}
      </ul>
      <div class="chart-scroll">
        <svg class="timeline" width={width} height={top + height + bottom} viewBox={`0 0 ${width} ${top + height + bottom}`}
          role="img" aria-label={`Claims per day from ${days[0]} to ${days[days.length - 1]}`} data-testid="timeline">
          <line class="axis" x1={left} y1={top + height} x2={width} y2={top + height} />
          <text class="tick" x={left - 6} y={top + 4} text-anchor="end">{max}</text>
          <text class="tick" x={left - 6} y={top + height} text-anchor="end">0</text>
          {days.map((d, i) => {
            const x = left + i * bar;
            const counts = perDay.get(d);
            const total = counts ? [...counts.values()].reduce((a, b) => a + b, 0) : 0;
            const events = eventDays.get(d) ?? 0;
            let acc = 0;
            const label = `${d}: ${total} ${total === 1 ? 'claim' : 'claims'}` +
              (counts ? ` (${sideOrder.filter((s) => counts.has(s)).map((s) => `${s || 'unknown'} ${counts.get(s)}`).join(', ')})` : '') +
              (events ? `; ${events} ${events === 1 ? 'dispute' : 'disputes'}` : '');
            return (
              <a key={d} href={href('claims', '', { from: d, to: d })} aria-label={label} class="day">
                <title>{label}</title>
                <rect class="hit" x={x} y={top} width={bar} height={height} />
                {sideOrder.filter((s) => counts?.has(s)).map((s) => {
                  const h = y(counts!.get(s)!);
                  acc += h;
                  return <rect key={s} class={sideClass(s || null)} x={x + 1} y={top + height - acc} width={bar - 2} height={h} />;
                })}
                {events ? <path class="event" d={`M${x + bar / 2} ${top - 4} l5 -9 h-10 z`} /> : null}
                {i % labelEvery === 0 ? (
                  <text class="tick" x={x + bar / 2} y={top + height + 16} text-anchor="middle">{d.slice(5)}</text>
                ) : null}
              </a>
            );
          })}
        </svg>
      </div>
    </>
  );
}

/**
 * The timeline view. The chart is drawn as soon as the counts arrive; the dispute markers are
 * added when compare has answered (it can take longer on a large ledger).
 */
export function TimelineView() {
  const timeline = useLoad(() => api.timeline(), 'timeline');
  // Asked only once the counts are in, so that a slow compare does not hold the chart back.
  const ready = timeline.state === 'done';
  const disputes = useLoad(() => (ready ? api.disputes().then((r) => r.disputes) : Promise.resolve(null)), String(ready));
  return (
    <section>
      <h2 tabIndex={-1}>Timeline</h2>
      <p class="muted">
        Claims per day they are about, coloured by the speaker's side. Choose a day to see its claims.
        {disputes.state === 'error' ? ` (Disputes are not shown: ${disputes.error})` : ready && (disputes.state === 'loading' || disputes.value === null) ? ' Looking for disputes…' : ''}
      </p>
      <Loaded load={timeline}>{(t) => <Chart timeline={t} disputes={disputes.state === 'done' ? (disputes.value ?? []) : []} />}</Loaded>
    </section>
  );
}
