// English news forms Intl does not give: clock times in the style of news agencies and the AP
// stylebook ("3 p.m.", "10:30 a.m."; Intl writes "3:00 PM").

const pad = (value: number) => String(value).padStart(2, '0');

export function formatEnglishTime(hour: number, minute: number): string {
  const half = hour % 24 < 12 ? 'a.m.' : 'p.m.';
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${twelve} ${half}` : `${twelve}:${pad(minute)} ${half}`;
}
