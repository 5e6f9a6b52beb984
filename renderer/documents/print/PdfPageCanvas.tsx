import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { useEffect, useRef } from 'react';

/** pdf.js measures in points (72 per inch), the screen in CSS pixels (96 per inch). */
const pixelsPerPoint = 96 / 72;

/**
 * One page drawn onto a canvas at `zoom` × its printed size, sharp on high-density screens; a
 * drawing still under way is cancelled when the zoom changes or the page goes away.
 */
export function PdfPageCanvas({ pdf, pageNumber, zoom }: { pdf: PDFDocumentProxy; pageNumber: number; zoom: number }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let task: RenderTask | null = null;
    let cancelled = false;
    void pdf.getPage(pageNumber).then((page) => {
      const canvas = canvasRef.current;
      if (cancelled || !canvas) return;
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: zoom * pixelsPerPoint * ratio });
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      canvas.style.width = `${Math.ceil(viewport.width / ratio)}px`;
      canvas.style.height = `${Math.ceil(viewport.height / ratio)}px`;
      task = page.render({ canvas, viewport, background: '#ffffff' });
      // Cancelling (on zoom or close) rejects the drawing on purpose; anything else is worth a trace.
      task.promise.catch((err: unknown) => {
        if (!(err instanceof Error && err.name === 'RenderingCancelledException')) console.error(err);
      });
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, pageNumber, zoom]);

  return (
    <canvas
      ref={canvasRef}
      data-testid="print-page"
      data-page-number={pageNumber}
      aria-label={`第 ${pageNumber} 页`}
      style={{ display: 'block', background: '#fff', boxShadow: '0 1px 6px rgba(0, 0, 0, 0.25)' }}
    />
  );
}
