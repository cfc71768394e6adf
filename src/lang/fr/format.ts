// French news forms Intl does not give: clock times as French typography writes them ("15 h",
// "15 h 30", with no-break spaces; Intl writes "15:30").

const pad = (value: number) => String(value).padStart(2, '0');

export function formatFrenchTime(hour: number, minute: number): string {
  return minute === 0 ? `${hour}\u00a0h` : `${hour}\u00a0h\u00a0${pad(minute)}`;
}
