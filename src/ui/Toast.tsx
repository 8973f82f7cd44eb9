import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import './Toast.css';

/** A button a toast offers, such as undoing what it confirms. */
export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

/** How a toast reads and where it belongs. */
export interface ToastOptions {
  tone?: 'ok' | 'error';
  action?: ToastAction;
  /** The route (location hash) it belongs to, when the caller is about to go there; else the current one. */
  on?: string;
}

interface ToastApi {
  /** Shows a short confirmation that reads itself out to screen readers. */
  show: (message: string, options?: ToastOptions | 'ok' | 'error') => void;
  /** Closes the toast. */
  dismiss: () => void;
}

interface ShownToast {
  message: string;
  tone: 'ok' | 'error';
  action: ToastAction | undefined;
  on: string;
  at: number;
}

const ToastContext = createContext<ToastApi>({ show: () => undefined, dismiss: () => undefined });

/**
 * Hosts the one toast line, in the page's flow above the screen so it covers no field. It stays
 * until the member closes it or leaves the screen it belongs to: nothing moves under a thumb on a
 * timer, and an undo stays within reach.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [toast, setToast] = useState<ShownToast | null>(null);
  const show = useCallback((message: string, options: ToastOptions | 'ok' | 'error' = {}) => {
    const o = typeof options === 'string' ? { tone: options } : options;
    const on = o.on ?? window.location.hash;
    setToast({ message, tone: o.tone ?? 'ok', action: o.action, on, at: Date.now() });
  }, []);
  const dismiss = useCallback(() => setToast(null), []);
  useEffect(() => {
    if (!toast) return;
    const leave = () => {
      if (window.location.hash !== toast.on) setToast(null);
    };
    window.addEventListener('hashchange', leave);
    return () => window.removeEventListener('hashchange', leave);
  }, [toast]);
  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);
  return (
    <ToastContext.Provider value={api}>
      <div className="toast-host" role="status" aria-live="polite">
        {toast && (
          <div key={toast.at} className={`toast toast-${toast.tone}`}>
            <p>{toast.message}</p>
            {toast.action && (
              <button
                type="button"
                className="toast-action"
                onClick={() => {
                  const { run } = toast.action ?? { run: () => undefined };
                  setToast(null);
                  void run();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="toast-close" aria-label={t('toast.close')} onClick={dismiss}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
        )}
      </div>
      {children}
    </ToastContext.Provider>
  );
}

/** The toast of the nearest ToastProvider. */
export const useToast = (): ToastApi => useContext(ToastContext);
