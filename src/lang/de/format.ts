// German news forms Intl does not give: clock times as the agencies write them ("15 Uhr",
// "12.40 Uhr"; Intl writes "12:40").

const pad = (value: number) => String(value).padStart(2, '0');

export function formatGermanTime(hour: number, minute: number): string {
  return minute === 0 ? `${hour} Uhr` : `${hour}.${pad(minute)} Uhr`;
}
