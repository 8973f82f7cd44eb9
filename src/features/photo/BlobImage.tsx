import { useCallback } from 'react';

/**
 * A picture of a stored blob, through an object URL made when the image is placed and revoked when
 * it goes (a ref cleanup, so a new blob or a closed screen leaves nothing held).
 */
export function BlobImage({ blob, alt }: { blob: Blob; alt: string }) {
  const place = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img) return;
      const url = URL.createObjectURL(blob);
      img.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [blob],
  );
  return <img ref={place} alt={alt} />;
}
