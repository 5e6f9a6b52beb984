import { lightLabels, type Light } from '../../shared/supervision/kinds';
import { lightColors } from './lightColors';

/** A coloured dot, with the light's name unless `bare` (filter options carry their own label). */
export function LightDot({ light, bare, title }: { light: Light; bare?: boolean; title?: string }) {
  return (
    <span className="xt-sup-light" data-testid="sup-light" data-light={light} title={title ?? lightLabels[light]}>
      <span className="xt-sup-light-dot" style={{ background: lightColors[light] }} />
      {!bare && <span>{lightLabels[light]}</span>}
    </span>
  );
}
