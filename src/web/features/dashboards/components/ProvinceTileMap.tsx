import { Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PROVINCE_TILES, TILE_GRID_COLUMNS, TILE_GRID_ROWS, TILE_SCALE, tileStep, tileStepRanges } from '../../../../common/province-tiles';
import { regionPath } from '../api/dashboards-api';

const SIZE = 44;
const GAP = 4;

/**
 * The tile-grid map of the 38 provinces (plain SVG): one square each, placed roughly where the
 * province lies, shaded on a light-to-dark single-hue scale (readable without colour vision: the
 * count is written in every tile and the legend names each step). Each tile is a link to the
 * province's profile; the figure's table is the alternative for screen readers.
 */
/** `unit` names what is counted in each tile's accessible name ("Jawa Timur: 12 replikasi"); innovations by default. */
export function ProvinceTileMap({ counts, names, title, unit }: { counts: Map<string, number>; names: Map<string, string>; title: string; unit?: string }) {
  const { t, i18n } = useTranslation('dashboards');
  const navigate = useNavigate();
  // Unique per map: the national page draws more than one (innovations, replications adopted).
  const titleId = useId();
  const max = Math.max(0, ...counts.values());
  const width = TILE_GRID_COLUMNS * (SIZE + GAP);
  const height = TILE_GRID_ROWS * (SIZE + GAP);
  const ranges = tileStepRanges(max);
  const n = (v: number) => v.toLocaleString(i18n.language);
  return (
    <Stack gap="xs">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width, height: 'auto' }} aria-labelledby={titleId}>
        <title id={titleId}>{title}</title>
        {PROVINCE_TILES.map((tile) => {
          const value = counts.get(tile.code) ?? 0;
          const step = tileStep(value, max);
          const dark = step >= 3;
          const name = names.get(tile.code) ?? tile.code;
          const href = regionPath(tile.code);
          const x = tile.col * (SIZE + GAP);
          const y = tile.row * (SIZE + GAP);
          return (
            <g key={tile.code}>
              <a
                href={href}
                aria-label={t('tileLabel', { name, count: value, formatted: value.toLocaleString(i18n.language), unit: unit ?? t('tileUnit') })}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(href);
                }}
              >
                <rect x={x} y={y} width={SIZE} height={SIZE} rx={4} fill={TILE_SCALE[step]} stroke="#525252" strokeWidth={0.5} />
              </a>
              {/* The tile's words sit outside the link (clicks pass through), so the link's name is the full one above. */}
              <g aria-hidden="true" pointerEvents="none" fill={dark ? '#ffffff' : '#1a1a1a'} textAnchor="middle">
                <text x={x + SIZE / 2} y={y + 17} fontSize={8}>
                  {tile.short}
                </text>
                <text x={x + SIZE / 2} y={y + 33} fontSize={11} fontWeight={700}>
                  {value > 9999 ? `${Math.round(value / 1000)}k` : value}
                </text>
              </g>
            </g>
          );
        })}
      </svg>
      <Group gap="xs" aria-label={t('legend')} role="group">
        {TILE_SCALE.map((colour, step) => {
          const range = ranges[step];
          if (!range) return null;
          return (
            <Group key={colour} gap={4} wrap="nowrap">
              <span aria-hidden="true" style={{ display: 'inline-block', width: 14, height: 14, background: colour, border: '1px solid #525252' }} />
              <Text size="xs">{step === 0 ? t('legendNone') : range.from === range.to ? n(range.from) : `${n(range.from)}–${n(range.to)}`}</Text>
            </Group>
          );
        })}
      </Group>
    </Stack>
  );
}
