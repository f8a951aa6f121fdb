import { z } from 'zod';
import { IndicatorIdSchema } from './figure.js';
import { LocalizedTextSchema } from './text.js';
import { UnitSchema } from './unit.js';

/** A measure defined once and compared across cities. */
export const IndicatorSchema = z
  .strictObject({
    id: IndicatorIdSchema.meta({
      description: 'Stable id, e.g. "enforcement.personnel-dispatched".',
    }),
    name: LocalizedTextSchema.meta({ description: 'Short name, in zh and en.' }),
    definition: LocalizedTextSchema.meta({
      description: 'What exactly is measured, in zh and en.',
    }),
    unit: UnitSchema.meta({ description: 'The unit the indicator is defined in.' }),
    alternate_units: z.array(UnitSchema).meta({
      description:
        'Other units a city figure may use for this indicator; a comparison flags them as "unit differs".',
    }),
    comparability: LocalizedTextSchema.meta({
      description: 'What differs between cities and how to read a comparison.',
    }),
    definition_differences: LocalizedTextSchema.nullable().meta({
      description:
        'How the cities\' own definitions differ from one another (what each counts), or null where they count the same thing; compare() puts it on every row as a "definition differs" caveat.',
    }),
  })
  .meta({ id: 'Indicator', description: 'A cross-city indicator.' });

export const IndicatorCatalogueSchema = z
  .strictObject({
    indicators: z.array(IndicatorSchema).min(1).meta({ description: 'Every indicator.' }),
  })
  .meta({
    id: 'IndicatorCatalogue',
    description: 'The indicator catalogue, as in data/indicators.yaml.',
  });

export type Indicator = z.output<typeof IndicatorSchema>;
