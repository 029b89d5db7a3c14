/** "Good morning, Olive" by the workspace's clock, and today's date written out. */
export function greeting(name: string, timeZone: string, now: number): { hello: string; date: string } {
  const at = new Date(now);
  const hour = Number(
    new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(at),
  );
  const part = hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening';
  const first = name.trim().split(/\s+/)[0] ?? name;
  const date = new Intl.DateTimeFormat(undefined, { timeZone, dateStyle: 'full' }).format(at);
  return { hello: `${part}, ${first}`, date };
}
