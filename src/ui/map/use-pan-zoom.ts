/**
 * Pan and zoom of the map's canvas: keys (arrows, + and −, 0), the wheel (zoom about the pointer),
 * dragging with one pointer and pinching with two. The view is a translation and a scale of the
 * laid-out map; `fit` shows the whole map, `reveal` brings a point into view.
 */
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';

export interface View {
  x: number;
  y: number;
  scale: number;
}

const MIN_SCALE = 0.05;
const MAX_SCALE = 2.5;
const STEP = 60;
const clampScale = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

export function usePanZoom(size: { width: number; height: number }) {
  const [view, setView] = useState<View>({ x: 0, y: 0, scale: 1 });
  const frame = useRef<HTMLDivElement>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());

  const box = () =>
    frame.current?.getBoundingClientRect() ?? { left: 0, top: 0, width: 800, height: 600 };
  const zoomAbout = useCallback((factor: number, at?: { x: number; y: number }) => {
    const { width, height } = box();
    const cx = at?.x ?? width / 2;
    const cy = at?.y ?? height / 2;
    setView((v) => {
      const scale = clampScale(v.scale * factor);
      const k = scale / v.scale;
      return { scale, x: cx - (cx - v.x) * k, y: cy - (cy - v.y) * k };
    });
  }, []);

  const fit = useCallback(() => {
    const { width, height } = box();
    const scale = clampScale(Math.min(1, width / size.width, height / size.height));
    setView({
      scale,
      x: (width - size.width * scale) / 2,
      y: Math.max(0, (height - size.height * scale) / 2),
    });
  }, [size.width, size.height]);

  /** Readable size, a map point at the top centre: where a map opens, on its start scene. */
  const showAtTop = useCallback((point: { x: number; y: number }) => {
    const { width } = box();
    setView({ scale: 1, x: width / 2 - point.x, y: 24 - point.y + 32 });
  }, []);

  /** Bring a map point into view (centred) unless it is already well inside. */
  const reveal = useCallback((point: { x: number; y: number }) => {
    const { width, height } = box();
    setView((v) => {
      const sx = v.x + point.x * v.scale;
      const sy = v.y + point.y * v.scale;
      const margin = 80;
      if (sx > margin && sx < width - margin && sy > margin && sy < height - margin) return v;
      return { ...v, x: width / 2 - point.x * v.scale, y: height / 2 - point.y * v.scale };
    });
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const pan = {
      ArrowLeft: [STEP, 0],
      ArrowRight: [-STEP, 0],
      ArrowUp: [0, STEP],
      ArrowDown: [0, -STEP],
    }[event.key];
    if (pan) {
      // Arrows on a focused node still pan: Tab moves between nodes.
      event.preventDefault();
      setView((v) => ({ ...v, x: v.x + pan[0]!, y: v.y + pan[1]! }));
    } else if (event.key === '+' || event.key === '=') zoomAbout(1.25);
    else if (event.key === '-' || event.key === '_') zoomAbout(0.8);
    else if (event.key === '0') fit();
    else return;
    event.preventDefault();
  };

  // The wheel zooms the map, not the page: a native listener, as React's wheel events are passive.
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const onWheel = (event: globalThis.WheelEvent) => {
      event.preventDefault();
      const { left, top } = box();
      zoomAbout(Math.exp(-event.deltaY * 0.0015), {
        x: event.clientX - left,
        y: event.clientY - top,
      });
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [zoomAbout]);

  const onPointerDown = (event: PointerEvent) => {
    // A press on a node is a click on it, not the start of a drag.
    if ((event.target as Element).closest('button')) return;
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
  };
  const onPointerMove = (event: PointerEvent) => {
    const all = pointers.current;
    const before = all.get(event.pointerId);
    if (!before) return;
    const now = { x: event.clientX, y: event.clientY };
    if (all.size === 2) {
      const other = [...all.entries()].find(([id]) => id !== event.pointerId)![1];
      const distance = (a: { x: number; y: number }) =>
        Math.hypot(a.x - other.x, a.y - other.y) || 1;
      const { left, top } = box();
      zoomAbout(distance(now) / distance(before), {
        x: (now.x + other.x) / 2 - left,
        y: (now.y + other.y) / 2 - top,
      });
    } else setView((v) => ({ ...v, x: v.x + now.x - before.x, y: v.y + now.y - before.y }));
    all.set(event.pointerId, now);
  };
  const onPointerUp = (event: PointerEvent) => pointers.current.delete(event.pointerId);

  return {
    view,
    frame,
    fit,
    showAtTop,
    reveal,
    zoomIn: () => zoomAbout(1.25),
    zoomOut: () => zoomAbout(0.8),
    handlers: {
      onKeyDown,
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel: onPointerUp,
    },
  };
}
