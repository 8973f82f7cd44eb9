import { useEffect, useState } from 'react';
import { deviceKey, type DeviceKey } from '../../storage/lazy';

/** This device's signing key, made on first use; null while it loads. */
export function useDeviceKey(): DeviceKey | null {
  const [key, setKey] = useState<DeviceKey | null>(null);
  useEffect(() => {
    let live = true;
    void deviceKey().then((loaded) => {
      if (live) setKey(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return key;
}
