import { create } from 'zustand';

export type ToastKind = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  kind: ToastKind;
  text: string;
}

/** How long a message stays up; errors longer, since the operator may be looking at the order. */
const VISIBLE_MS: Record<ToastKind, number> = { info: 4000, success: 3000, error: 8000 };
/** More than this and the oldest go: a burst of scans must not fill the screen. */
const MAX_TOASTS = 3;

export interface ToastState {
  toasts: Toast[];
  show(toast: { kind: ToastKind; text: string }): void;
  dismiss(id: number): void;
}

let nextId = 1;

export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  show({ kind, text }) {
    const id = nextId++;
    set({ toasts: [...get().toasts, { id, kind, text }].slice(-MAX_TOASTS) });
    setTimeout(() => get().dismiss(id), VISIBLE_MS[kind]);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((toast) => toast.id !== id) });
  },
}));
