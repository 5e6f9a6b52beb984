/** While printing, only the copied sheet goes to paper; everything else on the screen is hidden. */
const printStyle = `
@media screen { .xt-print-only { display: none; } }
@media print {
  @page { size: A4; margin: 0; }
  body > *:not(.xt-print-only) { display: none !important; }
  .xt-print-only > * { box-shadow: none !important; margin: 0 !important; }
}`;

/**
 * Prints one on-screen sheet (a 催办通知单, a 值班表) as it is laid out: a copy of it is put straight under
 * <body>, where the print style can show it alone, for as long as the print dialog is open.
 */
export function printSheet(sheet: HTMLElement): void {
  const holder = document.createElement('div');
  holder.className = 'xt-print-only';
  const style = document.createElement('style');
  style.textContent = printStyle;
  holder.append(style, sheet.cloneNode(true));
  document.body.appendChild(holder);
  try {
    window.print();
  } finally {
    holder.remove();
  }
}
