/** "2027年元旦假期值班表报送" and "关于报送2027年元旦假期值班安排的通知" both ask for "2027年元旦假期值班表". */
export function rosterTitle(callTitle: string): string {
  const title = callTitle
    .trim()
    .replace(/^关于(报送)?/, '')
    .replace(/(的)?通知$/, '')
    .replace(/报送$/, '')
    .replace(/值班安排$/, '值班表');
  return (title.endsWith('值班表') ? title : `${title}值班表`).slice(0, 60);
}
