/**
 * The checker's words in English, Spanish (neutral Latin-American, tú) and Brazilian Portuguese (você).
 * Codes stay English and stable (a learner searches for them); the text beside them is translated.
 */
export const LANGS = ['en', 'es', 'pt-BR'] as const;
export type Lang = (typeof LANGS)[number];

type Entry = Record<Lang, string>;

export const MESSAGES = {
  // Run
  title: {en: 'LATAM Backend Path capstone checker', es: 'Verificador del proyecto final de LATAM Backend Path', 'pt-BR': 'Verificador do projeto final do LATAM Backend Path'},
  checking: {
    en: 'Checking {url} with seed {seed} (rerun the same requests with --seed {seed})',
    es: 'Verificando {url} con la semilla {seed} (repite las mismas solicitudes con --seed {seed})',
    'pt-BR': 'Verificando {url} com a semente {seed} (repita as mesmas requisições com --seed {seed})',
  },
  waiting: {en: 'Waiting for {url} to answer…', es: 'Esperando que {url} responda…', 'pt-BR': 'Esperando {url} responder…'},
  starting: {en: 'Starting your service: {command}', es: 'Iniciando tu servicio: {command}', 'pt-BR': 'Iniciando seu serviço: {command}'},
  restarting: {en: 'Stopping your service (SIGTERM) and starting it again…', es: 'Deteniendo tu servicio (SIGTERM) e iniciándolo de nuevo…', 'pt-BR': 'Parando seu serviço (SIGTERM) e iniciando de novo…'},
  stage: {en: 'Stage {number}: {slug}', es: 'Etapa {number}: {slug}', 'pt-BR': 'Etapa {number}: {slug}'},
  'status.pass': {en: 'PASS', es: 'OK', 'pt-BR': 'OK'},
  'status.fail': {en: 'FAIL', es: 'FALLA', 'pt-BR': 'FALHA'},
  'status.error': {en: 'ERROR', es: 'ERROR', 'pt-BR': 'ERRO'},
  'status.skipped': {en: 'SKIP', es: 'OMITIDA', 'pt-BR': 'PULADA'},
  stopped: {
    en: 'Stage {number} did not pass, so the later stages did not run.',
    es: 'La etapa {number} no pasó, así que las etapas siguientes no se ejecutaron.',
    'pt-BR': 'A etapa {number} não passou, então as etapas seguintes não foram executadas.',
  },
  summary: {
    en: 'Passed: {passed}, failed: {failed}, could not run: {errors}, skipped: {skipped} ({seconds} s, {requests} requests).',
    es: 'Pasaron: {passed}, fallaron: {failed}, no se pudieron ejecutar: {errors}, omitidas: {skipped} ({seconds} s, {requests} solicitudes).',
    'pt-BR': 'Passaram: {passed}, falharam: {failed}, não puderam rodar: {errors}, puladas: {skipped} ({seconds} s, {requests} requisições).',
  },
  'verdict.passed': {en: 'Every check that ran passed.', es: 'Todas las verificaciones ejecutadas pasaron.', 'pt-BR': 'Todas as verificações executadas passaram.'},
  'verdict.failed': {en: 'Some checks failed (exit code 1).', es: 'Algunas verificaciones fallaron (código de salida 1).', 'pt-BR': 'Algumas verificações falharam (código de saída 1).'},
  'verdict.error': {en: 'The checker could not check your service (exit code 2).', es: 'El verificador no pudo verificar tu servicio (código de salida 2).', 'pt-BR': 'O verificador não conseguiu verificar seu serviço (código de saída 2).'},
  'progress-written': {
    en: 'Progress file: {path} (import it on the progress page, {url}, to tick the stages you passed).',
    es: 'Archivo de progreso: {path} (impórtalo en la página de progreso, {url}, para marcar las etapas que pasaste).',
    'pt-BR': 'Arquivo de progresso: {path} (importe-o na página de progresso, {url}, para marcar as etapas que você passou).',
  },
  'progress-not-written': {en: 'Could not write the progress file {path}: {reason}', es: 'No se pudo escribir el archivo de progreso {path}: {reason}', 'pt-BR': 'Não foi possível gravar o arquivo de progresso {path}: {reason}'},
  'junit-written': {en: 'JUnit report: {path}', es: 'Informe JUnit: {path}', 'pt-BR': 'Relatório JUnit: {path}'},
  'label.sent': {en: 'Sent (copy to rerun):', es: 'Enviado (cópialo para repetirlo):', 'pt-BR': 'Enviado (copie para repetir):'},
  'label.received': {en: 'Received:', es: 'Recibido:', 'pt-BR': 'Recebido:'},
  'label.expected': {en: 'Expected', es: 'Esperado', 'pt-BR': 'Esperado'},
  'label.got': {en: 'received', es: 'recibido', 'pt-BR': 'recebido'},
  'label.hint': {en: 'Hint:', es: 'Pista:', 'pt-BR': 'Dica:'},
  'label.read': {en: 'Read:', es: 'Lee:', 'pt-BR': 'Leia:'},
  'label.service-output': {en: 'Last lines your service wrote:', es: 'Últimas líneas que escribió tu servicio:', 'pt-BR': 'Últimas linhas que seu serviço escreveu:'},
  'skip.restart': {
    en: 'Skipped: run with --start "CMD" so the checker can stop and start your service (a skipped check is not a pass).',
    es: 'Omitida: ejecuta con --start "CMD" para que el verificador pueda detener e iniciar tu servicio (omitida no es aprobada).',
    'pt-BR': 'Pulada: rode com --start "CMD" para o verificador poder parar e iniciar seu serviço (pulada não é aprovada).',
  },

  // Failures (the check ran and the service answered wrongly)
  'unexpected-status': {en: '{request} answered {received}; expected {expected}.', es: '{request} respondió {received}; se esperaba {expected}.', 'pt-BR': '{request} respondeu {received}; era esperado {expected}.'},
  'body-not-json': {en: 'The body of {request} is not JSON.', es: 'El cuerpo de {request} no es JSON.', 'pt-BR': 'O corpo de {request} não é JSON.'},
  'not-problem-details': {
    en: 'The error from {request} is not RFC 9457 problem details: {problem}.',
    es: 'El error de {request} no es un problem details de RFC 9457: {problem}.',
    'pt-BR': 'O erro de {request} não é problem details da RFC 9457: {problem}.',
  },
  'wrong-content-type': {en: '{request}: Content-Type is {received}; expected {expected}.', es: '{request}: el Content-Type es {received}; se esperaba {expected}.', 'pt-BR': '{request}: o Content-Type é {received}; era esperado {expected}.'},
  'missing-header': {en: '{request}: the {header} header is missing.', es: '{request}: falta el encabezado {header}.', 'pt-BR': '{request}: falta o cabeçalho {header}.'},
  'header-value': {en: '{request}: the {header} header is wrong.', es: '{request}: el encabezado {header} es incorrecto.', 'pt-BR': '{request}: o cabeçalho {header} está errado.'},
  'field-value': {en: '{request}: the field {field} is wrong.', es: '{request}: el campo {field} es incorrecto.', 'pt-BR': '{request}: o campo {field} está errado.'},
  'missing-field-error': {
    en: '{request}: errors does not name the invalid field {field}.',
    es: '{request}: errors no nombra el campo inválido {field}.',
    'pt-BR': '{request}: errors não cita o campo inválido {field}.',
  },
  'openapi-operation': {en: 'The OpenAPI document lacks {operation}.', es: 'Al documento OpenAPI le falta {operation}.', 'pt-BR': 'Falta {operation} no documento OpenAPI.'},
  'list-order': {
    en: 'The list is not newest first: {first} comes before the newer {second}.',
    es: 'La lista no va de la más nueva a la más antigua: {first} aparece antes que {second}, que es más nueva.',
    'pt-BR': 'A lista não vem da mais nova para a mais antiga: {first} aparece antes de {second}, que é mais nova.',
  },
  'list-missing': {en: 'The list of payment {paymentId} lacks refund {id}.', es: 'La lista del pago {paymentId} no incluye el reembolso {id}.', 'pt-BR': 'A lista do pagamento {paymentId} não inclui o reembolso {id}.'},
  'cursor-repeat': {
    en: 'Walking the pages while refunds were created returned refund {id} twice.',
    es: 'Al recorrer las páginas mientras se creaban reembolsos, el reembolso {id} apareció dos veces.',
    'pt-BR': 'Ao percorrer as páginas enquanto reembolsos eram criados, o reembolso {id} apareceu duas vezes.',
  },
  'cursor-skip': {
    en: 'Walking the pages never returned refund {id}, which existed before the first page.',
    es: 'Al recorrer las páginas nunca apareció el reembolso {id}, que existía antes de la primera página.',
    'pt-BR': 'Ao percorrer as páginas, o reembolso {id}, que existia antes da primeira página, nunca apareceu.',
  },
  'cursor-endless': {en: 'The pages did not end after {pages} pages.', es: 'Las páginas no terminaron después de {pages} páginas.', 'pt-BR': 'As páginas não terminaram depois de {pages} páginas.'},
  'refund-count': {
    en: 'Payment {paymentId} has {received} refunds; expected {expected}.',
    es: 'El pago {paymentId} tiene {received} reembolsos; se esperaba {expected}.',
    'pt-BR': 'O pagamento {paymentId} tem {received} reembolsos; era esperado {expected}.',
  },
  'replay-differs': {
    en: 'The replay with the same Idempotency-Key differs from the first response.',
    es: 'La repetición con la misma Idempotency-Key difiere de la primera respuesta.',
    'pt-BR': 'A repetição com a mesma Idempotency-Key difere da primeira resposta.',
  },
  'concurrent-different': {
    en: 'Two concurrent requests with one key returned different refunds.',
    es: 'Dos solicitudes simultáneas con la misma clave devolvieron reembolsos distintos.',
    'pt-BR': 'Duas requisições simultâneas com a mesma chave devolveram reembolsos diferentes.',
  },
  'key-shared-across-tenants': {
    en: "Tenant B reusing tenant A's key got tenant A's refund {id}.",
    es: 'El tenant B, al reutilizar la clave del tenant A, recibió el reembolso {id} del tenant A.',
    'pt-BR': 'O tenant B, ao reutilizar a chave do tenant A, recebeu o reembolso {id} do tenant A.',
  },
  'tenant-leak': {
    en: "Tenant A sees tenant B's refund {id} through {request}.",
    es: 'El tenant A ve el reembolso {id} del tenant B mediante {request}.',
    'pt-BR': 'O tenant A vê o reembolso {id} do tenant B por meio de {request}.',
  },
  'tenant-changed': {
    en: "Tenant A's cancel changed tenant B's refund {id}.",
    es: 'La cancelación del tenant A modificó el reembolso {id} del tenant B.',
    'pt-BR': 'O cancelamento do tenant A alterou o reembolso {id} do tenant B.',
  },
  'no-429': {
    en: 'No 429 after {count} requests with test-limited (limit: 5 per 10 seconds).',
    es: 'No hubo 429 después de {count} solicitudes con test-limited (límite: 5 cada 10 segundos).',
    'pt-BR': 'Nenhum 429 depois de {count} requisições com test-limited (limite: 5 a cada 10 segundos).',
  },
  'other-token-limited': {
    en: 'test-a-writer got 429 right after test-limited hit its limit: limits must be per token.',
    es: 'test-a-writer recibió 429 justo después de que test-limited llegó a su límite: los límites deben ser por token.',
    'pt-BR': 'test-a-writer recebeu 429 logo depois de test-limited atingir o limite: os limites devem ser por token.',
  },
  'request-id-not-unique': {
    en: 'Two requests without X-Request-Id got the same generated id {id}.',
    es: 'Dos solicitudes sin X-Request-Id recibieron el mismo id generado {id}.',
    'pt-BR': 'Duas requisições sem X-Request-Id receberam o mesmo id gerado {id}.',
  },
  'restart-lost': {
    en: 'After the restart, refund {id} came back different or not at all.',
    es: 'Después del reinicio, el reembolso {id} volvió distinto o no volvió.',
    'pt-BR': 'Depois do reinício, o reembolso {id} voltou diferente ou não voltou.',
  },

  // Errors (the checker could not check)
  'connection-refused': {en: 'Nothing answers at {url} (connection refused).', es: 'Nada responde en {url} (conexión rechazada).', 'pt-BR': 'Nada responde em {url} (conexão recusada).'},
  unreachable: {en: 'Cannot reach {url}: {reason}.', es: 'No se puede alcanzar {url}: {reason}.', 'pt-BR': 'Não foi possível alcançar {url}: {reason}.'},
  timeout: {en: '{request} got no answer within {seconds} s.', es: '{request} no recibió respuesta en {seconds} s.', 'pt-BR': '{request} não recebeu resposta em {seconds} s.'},
  'not-http': {en: 'What answers at {url} does not speak HTTP ({reason}).', es: 'Lo que responde en {url} no habla HTTP ({reason}).', 'pt-BR': 'O que responde em {url} não fala HTTP ({reason}).'},
  'stage-timeout': {
    en: 'Stage {number} ({slug}) ran out of its {seconds} s time limit.',
    es: 'La etapa {number} ({slug}) agotó su límite de {seconds} s.',
    'pt-BR': 'A etapa {number} ({slug}) esgotou seu limite de {seconds} s.',
  },
  'request-budget': {en: 'The run reached its limit of {max} requests.', es: 'La ejecución llegó a su límite de {max} solicitudes.', 'pt-BR': 'A execução atingiu o limite de {max} requisições.'},
  'already-running': {
    en: 'Something already answers at {url}; with --start the checker starts the service itself. Stop it, or drop --start.',
    es: 'Algo ya responde en {url}; con --start el verificador inicia el servicio por su cuenta. Detenlo o quita --start.',
    'pt-BR': 'Algo já responde em {url}; com --start o verificador inicia o serviço sozinho. Pare-o ou tire o --start.',
  },
  'service-exited': {en: 'Your service exited (code {code}) before it was ready.', es: 'Tu servicio terminó (código {code}) antes de estar listo.', 'pt-BR': 'Seu serviço terminou (código {code}) antes de ficar pronto.'},
  'service-not-ready': {
    en: 'Your service was not ready (GET /health/ready answered 200) within {seconds} s.',
    es: 'Tu servicio no estuvo listo (GET /health/ready respondiendo 200) en {seconds} s.',
    'pt-BR': 'Seu serviço não ficou pronto (GET /health/ready respondendo 200) em {seconds} s.',
  },
  'internal-error': {en: 'The checker itself failed: {reason}. Please report it.', es: 'El propio verificador falló: {reason}. Por favor, repórtalo.', 'pt-BR': 'O próprio verificador falhou: {reason}. Por favor, reporte.'},

  // Hints
  'hint.refused': {
    en: 'Is the service running? Does it listen on the port in the URL (PORT)?',
    es: '¿Está corriendo el servicio? ¿Escucha en el puerto de la URL (PORT)?',
    'pt-BR': 'O serviço está rodando? Ele escuta na porta da URL (PORT)?',
  },
  'hint.500': {
    en: 'The service failed. Look for the request id {requestId} in its log.',
    es: 'El servicio falló. Busca el id de solicitud {requestId} en su log.',
    'pt-BR': 'O serviço falhou. Procure o id da requisição {requestId} no log dele.',
  },
  'hint.404': {
    en: 'Check the route and method, and that the URL has no extra prefix (or has the one your service uses).',
    es: 'Revisa la ruta y el método, y que la URL no tenga un prefijo de más (o que tenga el que usa tu servicio).',
    'pt-BR': 'Confira a rota e o método, e se a URL não tem um prefixo a mais (ou tem o que seu serviço usa).',
  },
  'hint.415': {
    en: 'JSON bodies come with Content-Type: application/json (parameters such as charset=utf-8 are allowed).',
    es: 'Los cuerpos JSON llegan con Content-Type: application/json (se permiten parámetros como charset=utf-8).',
    'pt-BR': 'Corpos JSON chegam com Content-Type: application/json (parâmetros como charset=utf-8 são permitidos).',
  },
  'hint.401': {
    en: 'The service must accept the fixed test tokens (Authorization: Bearer test-a-writer, test-a-reader, test-b-writer, test-limited).',
    es: 'El servicio debe aceptar los tokens de prueba fijos (Authorization: Bearer test-a-writer, test-a-reader, test-b-writer, test-limited).',
    'pt-BR': 'O serviço deve aceitar os tokens de teste fixos (Authorization: Bearer test-a-writer, test-a-reader, test-b-writer, test-limited).',
  },
  'hint.not-json': {
    en: 'Another program may answer on this port, or an error handler returns text or HTML instead of JSON.',
    es: 'Quizá otro programa responde en este puerto, o un manejador de errores devuelve texto o HTML en vez de JSON.',
    'pt-BR': 'Talvez outro programa responda nesta porta, ou um tratador de erros devolva texto ou HTML em vez de JSON.',
  },
  'hint.content-type': {
    en: 'Errors use Content-Type: application/problem+json; other JSON responses use application/json.',
    es: 'Los errores usan Content-Type: application/problem+json; las demás respuestas JSON usan application/json.',
    'pt-BR': 'Erros usam Content-Type: application/problem+json; as outras respostas JSON usam application/json.',
  },
  'hint.timeout': {
    en: 'A handler that never answers: a missing await or response end, a lock that is never released, or a blocked event loop.',
    es: 'Un manejador que nunca responde: falta un await o el fin de la respuesta, un lock que nunca se libera o el event loop bloqueado.',
    'pt-BR': 'Um handler que nunca responde: falta um await ou o fim da resposta, um lock que nunca é liberado ou o event loop bloqueado.',
  },

  // Usage
  'usage.unknown-option': {en: 'Unknown option {option}.', es: 'Opción desconocida {option}.', 'pt-BR': 'Opção desconhecida {option}.'},
  'usage.missing-value': {en: 'The option {option} needs a value.', es: 'La opción {option} necesita un valor.', 'pt-BR': 'A opção {option} precisa de um valor.'},
  'usage.bad-value': {en: 'The option {option} does not accept "{value}": {expected}.', es: 'La opción {option} no acepta "{value}": {expected}.', 'pt-BR': 'A opção {option} não aceita "{value}": {expected}.'},
  'usage.missing-url': {en: 'Give the base URL of your service, e.g. http://localhost:8080.', es: 'Indica la URL base de tu servicio, por ejemplo http://localhost:8080.', 'pt-BR': 'Informe a URL base do seu serviço, por exemplo http://localhost:8080.'},
  'usage.bad-url': {
    en: '"{value}" is not an http:// or https:// URL (e.g. http://localhost:8080).',
    es: '"{value}" no es una URL http:// o https:// (por ejemplo http://localhost:8080).',
    'pt-BR': '"{value}" não é uma URL http:// ou https:// (por exemplo http://localhost:8080).',
  },
  'usage.extra-argument': {en: 'Only one URL, please; "{value}" is extra.', es: 'Solo una URL, por favor; "{value}" sobra.', 'pt-BR': 'Só uma URL, por favor; "{value}" está sobrando.'},
  'usage.see-help': {en: 'Run with --help to see the options.', es: 'Ejecuta con --help para ver las opciones.', 'pt-BR': 'Rode com --help para ver as opções.'},
  help: {
    en: `Usage: node check.mjs <base-url> [options]

Grades a capstone refunds service black-box over HTTP, stage by stage.

Options:
  --stage N          run stages 1..N (1 contract, 2 data, 3 idempotency, 4 security, 5 operations)
  --seed S           rerun the same requests (ids, keys, bodies) as an earlier run
  --start "CMD"      start the service with CMD (PORT is set from the URL), stop and start it again
                     for the restart check, stop it at the end; without it the restart check is skipped
  --json             print one JSON document with every result instead of text
  --junit FILE       also write a JUnit XML report to FILE
  --progress FILE    where to write the progress file (default {progress})
  --no-progress      do not write the progress file
  --lang L           en, es or pt-BR (default from LC_ALL, LC_MESSAGES, LANG)
  --help             show this help

Exit codes: 0 every check that ran passed; 1 a check failed; 2 could not check; 64 usage error.
Stages and checks: {docs}`,
    es: `Uso: node check.mjs <url-base> [opciones]

Califica un servicio de reembolsos del proyecto final como caja negra por HTTP, etapa por etapa.

Opciones:
  --stage N          ejecuta las etapas 1..N (1 contract, 2 data, 3 idempotency, 4 security, 5 operations)
  --seed S           repite las mismas solicitudes (ids, claves, cuerpos) de una ejecución anterior
  --start "CMD"      inicia el servicio con CMD (PORT sale de la URL), lo detiene y lo vuelve a iniciar
                     para la verificación de reinicio y lo detiene al final; sin esta opción esa
                     verificación se omite
  --json             imprime un documento JSON con todos los resultados en vez de texto
  --junit FILE       además escribe un informe JUnit XML en FILE
  --progress FILE    dónde escribir el archivo de progreso (por defecto {progress})
  --no-progress      no escribe el archivo de progreso
  --lang L           en, es o pt-BR (por defecto según LC_ALL, LC_MESSAGES, LANG)
  --help             muestra esta ayuda

Códigos de salida: 0 todo lo ejecutado pasó; 1 alguna verificación falló; 2 no se pudo verificar;
64 error de uso.
Etapas y verificaciones: {docs}`,
    'pt-BR': `Uso: node check.mjs <url-base> [opções]

Avalia um serviço de reembolsos do projeto final como caixa-preta via HTTP, etapa por etapa.

Opções:
  --stage N          roda as etapas 1..N (1 contract, 2 data, 3 idempotency, 4 security, 5 operations)
  --seed S           repete as mesmas requisições (ids, chaves, corpos) de uma execução anterior
  --start "CMD"      inicia o serviço com CMD (PORT vem da URL), para e inicia de novo para a
                     verificação de reinício e para no final; sem esta opção essa verificação é pulada
  --json             imprime um documento JSON com todos os resultados em vez de texto
  --junit FILE       também grava um relatório JUnit XML em FILE
  --progress FILE    onde gravar o arquivo de progresso (padrão {progress})
  --no-progress      não grava o arquivo de progresso
  --lang L           en, es ou pt-BR (padrão de LC_ALL, LC_MESSAGES, LANG)
  --help             mostra esta ajuda

Códigos de saída: 0 tudo o que rodou passou; 1 alguma verificação falhou; 2 não foi possível verificar;
64 erro de uso.
Etapas e verificações: {docs}`,
  },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof MESSAGES;
export type Params = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** LC_ALL, then LC_MESSAGES, then LANG: `es*` is Spanish, `pt*` Brazilian Portuguese, anything else English. */
export function langFromEnvironment(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (/^es/i.test(locale)) return 'es';
  if (/^pt/i.test(locale)) return 'pt-BR';
  return 'en';
}
