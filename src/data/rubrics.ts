/**
 * Rubrics for the exercise ("Try it") of each lesson, for teachers; keyed by lesson id, in en, es and
 * pt-BR. Written from each lesson's "Done looks like" line: a criterion states what meets the bar, and
 * `beyond` what a stronger answer adds. The shape and the checks are in src/lib/rubrics.ts; the teacher's
 * guide shows them and the syllabus JSON carries them. Learners never see them in a lesson.
 * Content: no figure here that the lesson does not state.
 */
import type {Rubric} from '../lib/rubrics';

export const RUBRICS: Record<string, Rubric> = {
  'the-role/api-design': {
    expectedOutcome: {
      en: 'One design document for a real endpoint that a teammate could review without asking a question: OpenAPI fragment, two RFC 9457 error bodies, the pagination or idempotency part, and three future changes labelled additive or breaking.',
      es: 'Un documento de diseño de un endpoint real que un compañero podría revisar sin hacer preguntas: fragmento OpenAPI, dos cuerpos de error RFC 9457, la parte de paginación o de idempotencia y tres cambios futuros marcados como aditivos o incompatibles.',
      'pt-BR': 'Um documento de design de um endpoint real que um colega conseguiria revisar sem fazer perguntas: trecho OpenAPI, dois corpos de erro RFC 9457, a parte de paginação ou de idempotência e três mudanças futuras marcadas como aditivas ou incompatíveis.',
    },
    criteria: [
      {
        meets: {
          en: 'The OpenAPI fragment lists every error response the endpoint can return, not only the success.',
          es: 'El fragmento OpenAPI incluye todas las respuestas de error que el endpoint puede devolver, no solo la de éxito.',
          'pt-BR': 'O trecho OpenAPI inclui todas as respostas de erro que o endpoint pode devolver, não só a de sucesso.',
        },
      },
      {
        meets: {
          en: 'Both error bodies follow RFC 9457, each with a stable type URI a client can branch on.',
          es: 'Los dos cuerpos de error siguen RFC 9457, cada uno con un URI de type estable con el que un cliente puede decidir.',
          'pt-BR': 'Os dois corpos de erro seguem a RFC 9457, cada um com um URI de type estável que o cliente pode usar para decidir.',
        },
      },
      {
        meets: {
          en: 'For a list: the offset query and the cursor query with the index it needs; for a create: the idempotency table and the claim query.',
          es: 'Para una lista: la consulta con offset y la consulta con cursor con el índice que necesita; para una creación: la tabla de idempotencia y la consulta que reclama la clave.',
          'pt-BR': 'Para uma listagem: a consulta com offset e a consulta com cursor com o índice de que precisa; para uma criação: a tabela de idempotência e a consulta que reivindica a chave.',
        },
        beyond: {
          en: 'Both pagination queries were run with EXPLAIN ANALYZE on generated data and the plans are pasted and explained.',
          es: 'Las dos consultas de paginación se ejecutaron con EXPLAIN ANALYZE sobre datos generados, y los planes están pegados y explicados.',
          'pt-BR': 'As duas consultas de paginação foram executadas com EXPLAIN ANALYZE sobre dados gerados, e os planos estão colados e explicados.',
        },
      },
      {
        meets: {
          en: 'Each of the three future changes is marked additive or breaking with a reason that holds for existing clients.',
          es: 'Cada uno de los tres cambios futuros está marcado como aditivo o incompatible, con una razón válida para los clientes existentes.',
          'pt-BR': 'Cada uma das três mudanças futuras está marcada como aditiva ou incompatível, com um motivo válido para os clientes existentes.',
        },
      },
    ],
  },
};
