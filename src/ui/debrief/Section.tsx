import { useId, type ReactNode } from 'react';

/** A debrief section: a region named by its own h3, so it shows in the page outline and landmarks. */
export function Section({
  title,
  className,
  children,
}: {
  title: string;
  className?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className={className ? `debrief-section ${className}` : 'debrief-section'}
    >
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}
