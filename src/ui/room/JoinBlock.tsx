/**
 * How phones join a live room: a QR code of the join URL (drawn here as SVG squares, never as
 * markup from a string), the room code large and the URL as text.
 */
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { encode } from 'uqr';
import type { JoinInfo } from './sync.ts';

export function JoinBlock({ join, t }: { join: JoinInfo; t: TFunction }) {
  const qr = useMemo(() => encode(join.joinUrl, { border: 2 }), [join.joinUrl]);
  return (
    <section className="audience-join" aria-labelledby="join-heading">
      <h2 id="join-heading">{t('room.join.heading')}</h2>
      <svg
        className="audience-qr"
        viewBox={`0 0 ${qr.size} ${qr.size}`}
        role="img"
        aria-label={t('room.join.qr', { url: join.joinUrl })}
        shapeRendering="crispEdges"
      >
        <rect width={qr.size} height={qr.size} fill="#fff" />
        {qr.data.flatMap((row, y) =>
          row.map((dark, x) =>
            dark ? <rect key={`${x}-${y}`} x={x} y={y} width={1} height={1} fill="#000" /> : null,
          ),
        )}
      </svg>
      <p className="audience-join-code">
        {t('room.join.code')}: <strong>{join.code}</strong>
      </p>
      <p className="audience-join-url">
        {t('room.join.url')}: {join.joinUrl}
      </p>
    </section>
  );
}
