import { Notification } from 'electron';

/**
 * Native notifications for new messages. Kept referenced until closed (otherwise the 'click'
 * listener can be garbage-collected on some platforms); a click opens the conversation.
 */
export function createNotifier(onOpen: (conversationId: string) => void) {
  const live = new Set<Notification>();
  return (n: { conversationId: string; title: string; body: string }) => {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title: n.title, body: n.body.slice(0, 200), silent: false });
    live.add(notification);
    notification.on('click', () => {
      live.delete(notification);
      onOpen(n.conversationId);
    });
    notification.on('close', () => live.delete(notification));
    notification.show();
  };
}
