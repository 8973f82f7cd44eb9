import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import './Toast.css';

interface ToastApi {
  /** Shows a short confirmation that reads itself out to screen readers. */
  show: (message: string, tone?: 'ok' | 'error') => void;
}

const ToastContext = createContext<ToastApi>({ show: () => undefined });

/** Hosts the one toast line at the bottom of the screen. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<{ message: string; tone: 'ok' | 'error'; at: number } | null>(null);
  const show = useCallback((message: string, tone: 'ok' | 'error' = 'ok') => {
    setToast({ message, tone, at: Date.now() });
  }, []);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), toast.tone === 'error' ? 8000 : 3500);
    return () => clearTimeout(timer);
  }, [toast]);
  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toast-host" role="status" aria-live="polite">
        {toast && (
          <p key={toast.at} className={`toast toast-${toast.tone}`}>
            {toast.message}
          </p>
        )}
      </div>
    </ToastContext.Provider>
  );
}

/** The toast of the nearest ToastProvider. */
export const useToast = (): ToastApi => useContext(ToastContext);
