import { Canvas, Text, View } from '@tarojs/components';
import { createElement, useEffect, useMemo, useRef } from 'react';
import { qrMatrix } from '../events/qrMatrix';
import { withCanvasNode } from './canvasNode';
import './TicketQr.css';

// The canvas' CSS size is set in TicketQr.css (520 design px, half the screen width); the
// drawing buffer is sized from what the page really laid out, times the pixel ratio.
const quietZone = 4; // modules of white around the code, as scanners expect

interface Context2D {
  fillStyle: string | CanvasGradient | CanvasPattern;
  fillRect(x: number, y: number, w: number, h: number): void;
}

/** Black on white, whole modules snapped to device pixels so the edges stay sharp. */
function draw(ctx: Context2D, modules: boolean[][], sizePx: number): void {
  const count = modules.length + quietZone * 2;
  const cell = Math.floor(sizePx / count) || 1;
  const offset = Math.floor((sizePx - cell * count) / 2) + quietZone * cell;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, sizePx, sizePx);
  ctx.fillStyle = '#000000';
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) ctx.fillRect(offset + x * cell, offset + y * cell, cell, cell);
    }),
  );
}

/** WeChat: the 2d Canvas component, reached through a selector query once it is laid out. */
function WeappCanvas({ modules, canvasId }: { modules: boolean[][]; canvasId: string }) {
  useEffect(
    () =>
      withCanvasNode(canvasId, (node, size, ratio) => {
        const sizePx = Math.round(size.width * ratio);
        node.width = sizePx;
        node.height = sizePx;
        const ctx = node.getContext('2d') as Context2D | null;
        if (ctx) draw(ctx, modules, sizePx);
      }),
    [modules, canvasId],
  );
  return <Canvas type="2d" id={canvasId} className="ticket-qr-canvas" />;
}

/** H5: a plain HTML canvas (Taro's Canvas component has no 2d node to draw on in the browser). */
function HtmlCanvas({ modules, alt }: { modules: boolean[][]; alt: string }) {
  const ref = useRef<HTMLCanvasElement | null>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const ratio = window.devicePixelRatio || 1;
    const sizePx = Math.round((canvas.clientWidth || 260) * ratio);
    canvas.width = sizePx;
    canvas.height = sizePx;
    let ctx: CanvasRenderingContext2D | null = null;
    try {
      ctx = canvas.getContext('2d');
    } catch {
      ctx = null; // no canvas support (test DOM): the printed code still works
    }
    if (ctx) draw(ctx, modules, sizePx);
  }, [modules]);
  return createElement('canvas', {
    ref,
    className: 'ticket-qr-canvas',
    'data-testid': 'ticket-qr',
    role: 'img',
    'aria-label': alt,
  });
}

interface TicketQrProps {
  ticket: string;
  /** The words under the code and what they label; by default the ticket's last 6 characters. */
  caption?: { label: string; text: string };
  /** What a screen reader says for the picture. */
  alt?: string;
  /** `large`: the code fills the screen's width (a venue's code shown at the entrance). */
  size?: 'normal' | 'large';
}

/** A QR code drawn on the phone from a string (a ticket, a venue's code), with words to type. */
export function TicketQr({ ticket, caption, alt = '入场二维码', size = 'normal' }: TicketQrProps) {
  const modules = useMemo(() => qrMatrix(ticket), [ticket]);
  const canvasId = useMemo(() => `qr${Math.random().toString(36).slice(2, 9)}`, []);
  const { label, text } = caption ?? { label: '票码尾号', text: ticket.slice(-6) };
  return (
    <View className={size === 'large' ? 'ticket-qr ticket-qr-large' : 'ticket-qr'}>
      {process.env.TARO_ENV === 'weapp' ? (
        <WeappCanvas modules={modules} canvasId={canvasId} />
      ) : (
        <HtmlCanvas modules={modules} alt={alt} />
      )}
      <View className="ticket-qr-tail">
        <Text className="ticket-qr-label">{label}</Text>
        <Text className="ticket-qr-code">{text}</Text>
      </View>
    </View>
  );
}
