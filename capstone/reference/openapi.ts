/** The service's published contract (GET /openapi.json). */
const problem = {$ref: '#/components/responses/Problem'};
const refundResponse = {description: 'The refund', content: {'application/json': {schema: {$ref: '#/components/schemas/Refund'}}}};
const idParameter = {name: 'id', in: 'path', required: true, schema: {type: 'string'}};

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {title: 'Refunds (LATAM Backend Path capstone reference)', version: '1.0.0'},
  components: {
    securitySchemes: {bearer: {type: 'http', scheme: 'bearer'}},
    schemas: {
      NewRefund: {
        type: 'object',
        required: ['paymentId', 'amountMinor', 'currency'],
        properties: {
          paymentId: {type: 'string', format: 'uuid'},
          amountMinor: {type: 'integer', minimum: 1, maximum: 100000000},
          currency: {type: 'string', pattern: '^[A-Z]{3}$'},
          reason: {type: ['string', 'null'], maxLength: 500},
        },
      },
      Refund: {
        type: 'object',
        required: ['id', 'paymentId', 'amountMinor', 'currency', 'reason', 'status', 'createdAt'],
        properties: {
          id: {type: 'string'},
          paymentId: {type: 'string', format: 'uuid'},
          amountMinor: {type: 'integer'},
          currency: {type: 'string'},
          reason: {type: ['string', 'null']},
          status: {type: 'string', enum: ['pending', 'cancelled']},
          createdAt: {type: 'string', format: 'date-time'},
        },
      },
      Problem: {
        type: 'object',
        required: ['type', 'title', 'status'],
        properties: {
          type: {type: 'string'},
          title: {type: 'string'},
          status: {type: 'integer'},
          detail: {type: 'string'},
          errors: {type: 'array', items: {type: 'object', properties: {field: {type: 'string'}, message: {type: 'string'}}}},
        },
      },
    },
    responses: {Problem: {description: 'RFC 9457 problem details', content: {'application/problem+json': {schema: {$ref: '#/components/schemas/Problem'}}}}},
  },
  security: [{bearer: []}],
  paths: {
    '/refunds': {
      post: {
        summary: 'Create a refund',
        parameters: [{name: 'Idempotency-Key', in: 'header', schema: {type: 'string', minLength: 1, maxLength: 255}}],
        requestBody: {required: true, content: {'application/json': {schema: {$ref: '#/components/schemas/NewRefund'}}}},
        responses: {'201': refundResponse, '400': problem, '401': problem, '403': problem, '409': problem, '415': problem, '422': problem, '429': problem},
      },
      get: {
        summary: 'List refunds, newest first',
        parameters: [
          {name: 'limit', in: 'query', schema: {type: 'integer', minimum: 1, maximum: 100, default: 20}},
          {name: 'cursor', in: 'query', schema: {type: 'string'}},
          {name: 'paymentId', in: 'query', schema: {type: 'string', format: 'uuid'}},
        ],
        responses: {
          '200': {
            description: 'A page of refunds',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {data: {type: 'array', items: {$ref: '#/components/schemas/Refund'}}, nextCursor: {type: ['string', 'null']}},
                },
              },
            },
          },
          '400': problem,
          '401': problem,
          '403': problem,
          '429': problem,
        },
      },
    },
    '/refunds/{id}': {get: {summary: 'Read a refund', parameters: [idParameter], responses: {'200': refundResponse, '404': problem}}},
    '/refunds/{id}/cancel': {
      post: {summary: 'Cancel a refund', parameters: [idParameter], responses: {'200': refundResponse, '404': problem, '409': problem}},
    },
    '/health/live': {get: {security: [], summary: 'The process runs', responses: {'200': {description: 'Alive'}}}},
    '/health/ready': {get: {security: [], summary: 'The database answers', responses: {'200': {description: 'Ready'}, '503': problem}}},
  },
};
