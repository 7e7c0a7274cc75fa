/**
 * Rubrics for the exercise ("Try it") of each lesson, for teachers; keyed by lesson id, in en, es and
 * pt-BR. Written from each lesson's "Done looks like" line: a criterion states what meets the bar, and
 * `beyond` what a stronger answer adds. The shape and the checks are in src/lib/rubrics.ts; the teacher's
 * guide shows them and the syllabus JSON carries them. Learners never see them in a lesson.
 * Content: no figure here that the lesson does not state.
 */
import type {Localized, Rubric, RubricCriterion} from '../lib/rubrics';

/** One text in en, es and pt-BR, in that order. */
const t = (en: string, es: string, ptBR: string): Localized => ({en, es, 'pt-BR': ptBR});
/** A criterion: what meets the bar, and optionally what goes beyond it. */
const c = (meets: Localized, beyond?: Localized): RubricCriterion => (beyond ? {meets, beyond} : {meets});
const rubric = (expectedOutcome: Localized, ...criteria: RubricCriterion[]): Rubric => ({expectedOutcome, criteria});

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
  'start-here/how-this-path-works': rubric(
    t(
      'A four-week study plan in a table (day, time, activity, deliverable) with the progress file saved next to it.',
      'Un plan de estudio de cuatro semanas en una tabla (día, hora, actividad, entregable), con el archivo de progreso guardado al lado.',
      'Um plano de estudo de quatro semanas em uma tabela (dia, horário, atividade, entrega), com o arquivo de progresso salvo ao lado.',
    ),
    c(
      t('The table covers four weeks with fixed days and times, and each week totals four to six hours.', 'La tabla cubre cuatro semanas con días y horas fijos, y cada semana suma de cuatro a seis horas.', 'A tabela cobre quatro semanas com dias e horários fixos, e cada semana soma de quatro a seis horas.'),
    ),
    c(
      t('Every week has at least one deliverable that someone else could look at.', 'Cada semana tiene al menos un entregable que otra persona podría revisar.', 'Cada semana tem pelo menos uma entrega que outra pessoa poderia ver.'),
      t('Deliverables are tied to specific lessons chosen from the self-assessment.', 'Los entregables están ligados a lecciones concretas elegidas a partir de la autoevaluación.', 'As entregas estão ligadas a lições específicas escolhidas a partir da autoavaliação.'),
    ),
    c(
      t('One week is marked as light, or one sentence explains why none is needed; the progress file was exported once.', 'Una semana está marcada como liviana, o una frase explica por qué no hace falta; el archivo de progreso se exportó una vez.', 'Uma semana está marcada como leve, ou uma frase explica por que não é necessária; o arquivo de progresso foi exportado uma vez.'),
    ),
  ),
  'start-here/why-latam-backend-engineers': rubric(
    t(
      'An overlap table for the learner\'s city and two employer cities in both seasons, and a three-sentence pitch in English.',
      'Una tabla de superposición horaria entre la ciudad del estudiante y dos ciudades de empleadores en ambas estaciones, y un pitch de tres frases en inglés.',
      'Uma tabela de sobreposição de horário entre a cidade do aluno e duas cidades de empregadores nas duas estações, e um pitch de três frases em inglês.',
    ),
    c(
      t('Winter and summer overlap are given for both team cities, using the learner\'s real working hours.', 'La superposición de invierno y de verano figura para las dos ciudades, con el horario real de trabajo del estudiante.', 'A sobreposição de inverno e de verão aparece para as duas cidades, com o horário real de trabalho do aluno.'),
    ),
    c(
      t('The UTC conversion is written out for at least one pair, and clock changes are checked for each city.', 'La conversión a UTC está escrita para al menos un par, y se verificó el cambio de hora de cada ciudad.', 'A conversão para UTC está escrita para pelo menos um par, e a mudança de horário de cada cidade foi verificada.'),
    ),
    c(
      t('The pitch states the overlap with each team, when it changes, and how non-overlapping hours are used, with no vague claim such as "full overlap".', 'El pitch dice la superposición con cada equipo, cuándo cambia y cómo se usan las horas sin superposición, sin frases vagas como "superposición total".', 'O pitch diz a sobreposição com cada equipe, quando ela muda e como as horas sem sobreposição são usadas, sem frases vagas como "sobreposição total".'),
      t('The pitch sounds natural when read aloud and fits in under a minute.', 'El pitch suena natural en voz alta y dura menos de un minuto.', 'O pitch soa natural em voz alta e cabe em menos de um minuto.'),
    ),
  ),
  'start-here/where-you-stand': rubric(
    t(
      'A score table for the ten areas with evidence notes, and a six- to eight-week plan that names lessons and a rescore date.',
      'Una tabla de puntajes de las diez áreas con notas de evidencia, y un plan de seis a ocho semanas que nombra lecciones y una fecha para volver a evaluarse.',
      'Uma tabela de pontuação das dez áreas com notas de evidência, e um plano de seis a oito semanas que nomeia lições e uma data para se reavaliar.',
    ),
    c(
      t('All ten areas are scored, each with a one-line evidence note rather than a feeling.', 'Las diez áreas tienen puntaje, cada una con una nota de evidencia de una línea y no con una impresión.', 'As dez áreas têm pontuação, cada uma com uma nota de evidência de uma linha e não com uma impressão.'),
    ),
    c(
      t('No more than three areas are in the "read first" group.', 'No hay más de tres áreas en el grupo "leer primero".', 'Não há mais de três áreas no grupo "ler primeiro".'),
    ),
    c(
      t('The plan goes week by week, names specific lessons, adds one writing or English activity per week and sets the rescore date.', 'El plan va semana a semana, nombra lecciones concretas, suma una actividad de escritura o de inglés por semana y fija la fecha de la nueva evaluación.', 'O plano vai semana a semana, nomeia lições específicas, inclui uma atividade de escrita ou de inglês por semana e marca a data da nova avaliação.'),
    ),
  ),
  'the-role/what-a-backend-engineer-owns': rubric(
    t(
      'A one-page trace of a real feature in six sections (contract, validation, business rule, data, synchronous or event-driven, observability), about 400 to 600 words.',
      'Un recorrido de una página de una funcionalidad real en seis secciones (contrato, validación, regla de negocio, datos, síncrono o por eventos, observabilidad), de unas 400 a 600 palabras.',
      'Um percurso de uma página de uma funcionalidade real em seis seções (contrato, validação, regra de negócio, dados, síncrono ou por eventos, observabilidade), com cerca de 400 a 600 palavras.',
    ),
    c(
      t('Each section states a decision and one rejected alternative, with the reason ("because").', 'Cada sección indica una decisión y una alternativa descartada, con la razón ("porque").', 'Cada seção indica uma decisão e uma alternativa descartada, com o motivo ("porque").'),
    ),
    c(
      t('At least one section names a database constraint that protects the rule.', 'Al menos una sección nombra una restricción de base de datos que protege la regla.', 'Pelo menos uma seção nomeia uma restrição de banco de dados que protege a regra.'),
    ),
    c(
      t('The feature is concrete enough that the trace could be discussed in an interview.', 'La funcionalidad es lo bastante concreta como para usar el recorrido en una entrevista.', 'A funcionalidade é concreta o bastante para usar o percurso em uma entrevista.'),
      t('The observability section names the log fields or metrics that would show the feature failing.', 'La sección de observabilidad nombra los campos de log o las métricas que mostrarían que la funcionalidad falla.', 'A seção de observabilidade nomeia os campos de log ou as métricas que mostrariam a funcionalidade falhando.'),
    ),
  ),
  'the-role/the-data-layer': rubric(
    t(
      'One file with a real query and its EXPLAIN (ANALYZE, BUFFERS) plans before and after an index, a plan to add a NOT NULL column, and an expand and contract rename.',
      'Un archivo con una consulta real y sus planes EXPLAIN (ANALYZE, BUFFERS) antes y después de un índice, un plan para agregar una columna NOT NULL y un renombrado con expand and contract.',
      'Um arquivo com uma consulta real e seus planos EXPLAIN (ANALYZE, BUFFERS) antes e depois de um índice, um plano para adicionar uma coluna NOT NULL e uma renomeação com expand and contract.',
    ),
    c(
      t('Both plans are pasted from a real run, and three sentences explain what the index changed.', 'Los dos planes vienen de una ejecución real, y tres frases explican qué cambió el índice.', 'Os dois planos vêm de uma execução real, e três frases explicam o que o índice mudou.'),
    ),
    c(
      t('The NOT NULL plan lists every SQL statement in order, and each step says which lock it takes.', 'El plan de NOT NULL lista cada sentencia SQL en orden, y cada paso dice qué bloqueo toma.', 'O plano de NOT NULL lista cada comando SQL em ordem, e cada passo diz qual lock ele pega.'),
    ),
    c(
      t('The rename is split into expand and contract steps that keep old and new code working during the deploy.', 'El renombrado está dividido en pasos de expand y contract que mantienen funcionando el código viejo y el nuevo durante el despliegue.', 'A renomeação está dividida em passos de expand e contract que mantêm o código antigo e o novo funcionando durante o deploy.'),
      t('The backfill runs in batches and says how progress is checked.', 'El backfill corre por lotes y dice cómo se verifica el avance.', 'O backfill roda em lotes e diz como o progresso é verificado.'),
    ),
  ),
  'the-role/business-rules': rubric(
    t(
      'One pull-request-sized change: a pure domain function with a table-driven test file, and a port of allocate with a property test.',
      'Un cambio del tamaño de un pull request: una función de dominio pura con un archivo de tests dirigidos por tabla, y una versión de allocate con un test de propiedades.',
      'Uma mudança do tamanho de um pull request: uma função de domínio pura com um arquivo de testes orientados por tabela, e uma versão de allocate com um teste de propriedades.',
    ),
    c(
      t('The domain function reads no database, clock or network.', 'La función de dominio no accede a la base de datos, al reloj ni a la red.', 'A função de domínio não acessa banco de dados, relógio nem rede.'),
    ),
    c(
      t('At least eight cases, including exactly at a threshold, one minor unit below, zero, a negative amount, a zero-decimal currency and an invalid transition.', 'Al menos ocho casos, entre ellos justo en un umbral, una unidad menor por debajo, cero, un monto negativo, una moneda sin decimales y una transición inválida.', 'Pelo menos oito casos, entre eles exatamente no limite, uma unidade menor abaixo, zero, um valor negativo, uma moeda sem casas decimais e uma transição inválida.'),
      t('A reviewer understands the policy from the test names alone.', 'Quien revisa entiende la política solo con los nombres de los tests.', 'Quem revisa entende a política só pelos nomes dos testes.'),
    ),
    c(
      t('The property test checks over thousands of random inputs that parts add up to the total and each is within one unit of its exact share; the tests run in under a second without Docker.', 'El test de propiedades verifica con miles de entradas aleatorias que las partes suman el total y que cada una queda a menos de una unidad de su parte exacta; los tests corren en menos de un segundo sin Docker.', 'O teste de propriedades verifica com milhares de entradas aleatórias que as partes somam o total e que cada uma fica a menos de uma unidade da sua parte exata; os testes rodam em menos de um segundo sem Docker.'),
    ),
  ),
  'the-role/security-and-access-control': rubric(
    t(
      'An authorization matrix for one endpoint that reads or changes an object by id, and a pure authorize function with at least five tests.',
      'Una matriz de autorización para un endpoint que lee o cambia un objeto por id, y una función authorize pura con al menos cinco tests.',
      'Uma matriz de autorização para um endpoint que lê ou altera um objeto por id, e uma função authorize pura com pelo menos cinco testes.',
    ),
    c(
      t('The matrix lists roles or attributes against actions and writes out the tenant and state conditions.', 'La matriz cruza roles o atributos con acciones y escribe las condiciones de tenant y de estado.', 'A matriz cruza papéis ou atributos com ações e escreve as condições de tenant e de estado.'),
    ),
    c(
      t('Tests cover allowed, wrong tenant, missing permission, invalid state and one edge case found while writing the matrix, and they pass.', 'Los tests cubren permitido, tenant equivocado, permiso faltante, estado inválido y un caso límite descubierto al escribir la matriz, y pasan.', 'Os testes cobrem permitido, tenant errado, permissão ausente, estado inválido e um caso limite descoberto ao escrever a matriz, e passam.'),
    ),
    c(
      t('The endpoint\'s query is scoped by tenant or owner, not only checked after loading.', 'La consulta del endpoint filtra por tenant o por dueño, no solo verifica después de cargar.', 'A consulta do endpoint filtra por tenant ou por dono, não só verifica depois de carregar.'),
      t('A wrong-tenant request gets the same answer as a missing object, so existence is not revealed.', 'Un pedido de otro tenant recibe la misma respuesta que un objeto inexistente, así no se revela que existe.', 'Uma requisição de outro tenant recebe a mesma resposta que um objeto inexistente, assim a existência não é revelada.'),
    ),
  ),
  'the-role/reliability': rubric(
    t(
      'Passing tests with a fake clock and a fake random source for the retry policy and the token bucket, and a paragraph on the learner\'s own outgoing calls.',
      'Tests que pasan con un reloj falso y una fuente aleatoria falsa para la política de reintentos y el token bucket, y un párrafo sobre las llamadas salientes del propio servicio.',
      'Testes que passam com um relógio falso e uma fonte aleatória falsa para a política de retry e o token bucket, e um parágrafo sobre as chamadas de saída do próprio serviço.',
    ),
    c(
      t('A test proves a 400 is never retried, and four 503 responses give exactly four calls and three sleeps, each below its ceiling.', 'Un test prueba que un 400 nunca se reintenta, y que cuatro respuestas 503 dan exactamente cuatro llamadas y tres esperas, cada una por debajo de su techo.', 'Um teste prova que um 400 nunca é repetido, e que quatro respostas 503 dão exatamente quatro chamadas e três esperas, cada uma abaixo do seu teto.'),
    ),
    c(
      t('A test shows the bucket with b = 10 and r = 1 lets through no more than 70 requests in a simulated minute.', 'Un test muestra que el bucket con b = 10 y r = 1 deja pasar como máximo 70 pedidos en un minuto simulado.', 'Um teste mostra que o bucket com b = 10 e r = 1 deixa passar no máximo 70 requisições em um minuto simulado.'),
    ),
    c(
      t('The paragraph names real calls without a timeout and gives each a timeout and retry policy.', 'El párrafo nombra llamadas reales sin timeout y le da a cada una un timeout y una política de reintentos.', 'O parágrafo nomeia chamadas reais sem timeout e dá a cada uma um timeout e uma política de retry.'),
      t('It says which calls must not be retried because they are not idempotent.', 'Dice qué llamadas no deben reintentarse porque no son idempotentes.', 'Diz quais chamadas não devem ser repetidas porque não são idempotentes.'),
    ),
  ),
  'the-role/observability-and-operations': rubric(
    t(
      'A blameless postmortem of a real incident (or the duplicate-invoice one) with every section of the worked example and at least four action items.',
      'Un postmortem sin culpables de un incidente real (o del de facturas duplicadas) con todas las secciones del ejemplo y al menos cuatro acciones.',
      'Um postmortem sem culpados de um incidente real (ou do de faturas duplicadas) com todas as seções do exemplo e pelo menos quatro ações.',
    ),
    c(
      t('Summary, impact, a UTC timeline, root cause, contributing factors and what went well are all present.', 'Están el resumen, el impacto, una línea de tiempo en UTC, la causa raíz, los factores contribuyentes y lo que salió bien.', 'Estão o resumo, o impacto, uma linha do tempo em UTC, a causa raiz, os fatores contribuintes e o que deu certo.'),
    ),
    c(
      t('Each action item has a type, an owner and a date.', 'Cada acción tiene tipo, responsable y fecha.', 'Cada ação tem tipo, responsável e data.'),
      t('The action items include at least one that detects the problem sooner, not only ones that prevent it.', 'Entre las acciones hay al menos una que detecta el problema antes, no solo acciones que lo previenen.', 'Entre as ações há pelo menos uma que detecta o problema mais cedo, não só ações que o previnem.'),
    ),
    c(
      t('No person is named as the cause, and a colleague can read it in five minutes.', 'Ninguna persona aparece como causa, y un colega puede leerlo en cinco minutos.', 'Nenhuma pessoa aparece como causa, e um colega consegue ler em cinco minutos.'),
    ),
  ),
  'stacks/choosing-your-stacks': rubric(
    t(
      'A table of 15 job posts for the target role with counted columns, and a one-page stack decision in four parts.',
      'Una tabla de 15 avisos de empleo para el rol buscado con las columnas contadas, y una decisión de stacks de una página en cuatro partes.',
      'Uma tabela de 15 vagas para o cargo desejado com as colunas contadas, e uma decisão de stacks de uma página em quatro partes.',
    ),
    c(
      t('The 15 posts match the exact role (level, domain, employer region), and each column is counted.', 'Los 15 avisos corresponden al rol exacto (nivel, dominio, región del empleador), y cada columna está contada.', 'As 15 vagas correspondem ao cargo exato (nível, domínio, região do empregador), e cada coluna está contada.'),
    ),
    c(
      t('The page names a primary with its reason and a secondary with its strategy (neighbour or complement).', 'La página nombra un stack principal con su razón y uno secundario con su estrategia (vecino o complemento).', 'A página nomeia um stack principal com o motivo e um secundário com a estratégia (vizinho ou complemento).'),
    ),
    c(
      t('It lists three gaps around the code and one concrete way to get production practice in 90 days; every claim points to the counts or to the learner\'s experience.', 'Lista tres brechas alrededor del código y una forma concreta de conseguir práctica en producción en 90 días; cada afirmación remite a los conteos o a la experiencia propia.', 'Lista três lacunas em volta do código e uma forma concreta de ter prática em produção em 90 dias; cada afirmação remete às contagens ou à experiência própria.'),
    ),
  ),
  'stacks/nodejs-typescript': rubric(
    t(
      'GET /refunds/:id with 200, 404 and 400 answers, three new tests, and a README paragraph on the pool size for two replicas.',
      'GET /refunds/:id con respuestas 200, 404 y 400, tres tests nuevos y un párrafo en el README sobre el tamaño del pool para dos réplicas.',
      'GET /refunds/:id com respostas 200, 404 e 400, três testes novos e um parágrafo no README sobre o tamanho do pool para duas réplicas.',
    ),
    c(
      t('404 and 400 return problem details; a non-UUID id gets 400, not a database error.', '404 y 400 devuelven problem details; un id que no es UUID recibe 400, no un error de base de datos.', '404 e 400 devolvem problem details; um id que não é UUID recebe 400, não um erro de banco de dados.'),
    ),
    c(
      t('Tests cover the 404, the bad id, and a POST whose amountMinor is 12.5 or the string "1250"; tsc under strict and vitest pass against PostgreSQL.', 'Los tests cubren el 404, el id inválido y un POST con amountMinor 12.5 o el string "1250"; tsc en modo strict y vitest pasan contra PostgreSQL.', 'Os testes cobrem o 404, o id inválido e um POST com amountMinor 12.5 ou a string "1250"; tsc em modo strict e vitest passam contra o PostgreSQL.'),
    ),
    c(
      t('The README states the pool size and shows the arithmetic for two replicas in four to six sentences.', 'El README indica el tamaño del pool y muestra la cuenta para dos réplicas en cuatro a seis frases.', 'O README indica o tamanho do pool e mostra a conta para duas réplicas em quatro a seis frases.'),
    ),
  ),
  'stacks/python': rubric(
    t(
      'A table of three measured variants of GET /slow (async with time.sleep, async with asyncio.sleep, plain def) and a short explanation.',
      'Una tabla con tres variantes medidas de GET /slow (async con time.sleep, async con asyncio.sleep, def simple) y una explicación breve.',
      'Uma tabela com três variantes medidas de GET /slow (async com time.sleep, async com asyncio.sleep, def simples) e uma explicação curta.',
    ),
    c(
      t('The three total times are the learner\'s own measurements with one worker and ten concurrent requests.', 'Los tres tiempos totales son mediciones propias con un worker y diez pedidos simultáneos.', 'Os três tempos totais são medições próprias com um worker e dez requisições simultâneas.'),
    ),
    c(
      t('The explanation uses the event loop and the thread pool to account for each number.', 'La explicación usa el event loop y el pool de hilos para dar cuenta de cada número.', 'A explicação usa o event loop e o pool de threads para justificar cada número.'),
      t('It says what would change with more workers, and why that hides rather than fixes the blocking call.', 'Dice qué cambiaría con más workers y por qué eso esconde la llamada bloqueante en lugar de corregirla.', 'Diz o que mudaria com mais workers e por que isso esconde a chamada bloqueante em vez de corrigi-la.'),
    ),
    c(
      t('The temporary endpoint is removed or clearly marked as an experiment.', 'El endpoint temporal se quitó o está marcado claramente como experimento.', 'O endpoint temporário foi removido ou está claramente marcado como experimento.'),
    ),
  ),
  'stacks/java-spring-boot': rubric(
    t(
      'A passing test for a non-UUID paymentId, GET /refunds/{id} with its test, virtual threads on, Actuator health and metrics exposed, and a short note on the Hikari metric and pool size.',
      'Un test que pasa para un paymentId que no es UUID, GET /refunds/{id} con su test, hilos virtuales activados, health y metrics expuestos en Actuator, y una nota breve sobre la métrica de Hikari y el tamaño del pool.',
      'Um teste que passa para um paymentId que não é UUID, GET /refunds/{id} com seu teste, threads virtuais ativadas, health e metrics expostos no Actuator, e uma nota curta sobre a métrica do Hikari e o tamanho do pool.',
    ),
    c(
      t('The validation test asserts a 400 problem whose only error names paymentId.', 'El test de validación comprueba un 400 con problem details cuyo único error nombra paymentId.', 'O teste de validação verifica um 400 com problem details cujo único erro nomeia paymentId.'),
    ),
    c(
      t('GET /refunds/{id} returns the stored refund or a 404 problem, and ./mvnw test passes.', 'GET /refunds/{id} devuelve el reembolso guardado o un 404 con problem details, y ./mvnw test pasa.', 'GET /refunds/{id} devolve o reembolso salvo ou um 404 com problem details, e ./mvnw test passa.'),
    ),
    c(
      t('The note, five sentences at most, names the active-connections metric to alert on and shows the pool arithmetic at 300 requests per second.', 'La nota, de cinco frases como máximo, nombra la métrica de conexiones activas para alertar y muestra la cuenta del pool a 300 pedidos por segundo.', 'A nota, de no máximo cinco frases, nomeia a métrica de conexões ativas para alertar e mostra a conta do pool a 300 requisições por segundo.'),
    ),
  ),
  'stacks/csharp-aspnet-core': rubric(
    t(
      'A note with the burst measured against a blocking and an async GET /slow, the thread-pool counters for both, and an explanation.',
      'Una nota con la ráfaga medida contra un GET /slow bloqueante y uno async, los contadores del pool de hilos de ambos y una explicación.',
      'Uma nota com a rajada medida contra um GET /slow bloqueante e um async, os contadores do pool de threads dos dois e uma explicação.',
    ),
    c(
      t('Both total times come from a Release build with dotnet-counters running.', 'Los dos tiempos totales vienen de una compilación Release con dotnet-counters en marcha.', 'Os dois tempos totais vêm de um build Release com o dotnet-counters rodando.'),
    ),
    c(
      t('The counters (queue length and thread count) are shown for both runs.', 'Los contadores (largo de la cola y cantidad de hilos) se muestran para las dos ejecuciones.', 'Os contadores (tamanho da fila e número de threads) aparecem para as duas execuções.'),
    ),
    c(
      t('Four or five sentences explain the difference with "thread pool", "blocked" and "continuation", and a teammate could reproduce the numbers.', 'Cuatro o cinco frases explican la diferencia con "thread pool", "bloqueado" y "continuación", y un compañero podría reproducir los números.', 'Quatro ou cinco frases explicam a diferença com "thread pool", "bloqueada" e "continuação", e um colega conseguiria reproduzir os números.'),
    ),
  ),
  'stacks/go': rubric(
    t(
      'GET /refunds/{id} with 400 and 404 problem details, a new Store method, table-driven cases with the fake store, and a five-line note.',
      'GET /refunds/{id} con problem details 400 y 404, un método nuevo en Store, casos dirigidos por tabla con el store falso y una nota de cinco líneas.',
      'GET /refunds/{id} com problem details 400 e 404, um método novo em Store, casos orientados por tabela com o store falso e uma nota de cinco linhas.',
    ),
    c(
      t('The handler reads the id with r.PathValue, answers 400 for a non-UUID and 404 when pgx returns ErrNoRows.', 'El handler lee el id con r.PathValue, responde 400 para un id que no es UUID y 404 cuando pgx devuelve ErrNoRows.', 'O handler lê o id com r.PathValue, responde 400 para um id que não é UUID e 404 quando o pgx devolve ErrNoRows.'),
    ),
    c(
      t('go vet is clean and go test -race passes, with table-driven cases for the 400 and 404 paths.', 'go vet no reporta nada y go test -race pasa, con casos dirigidos por tabla para los caminos 400 y 404.', 'go vet não reporta nada e go test -race passa, com casos orientados por tabela para os caminhos 400 e 404.'),
    ),
    c(
      t('The note explains why the 404 check uses errors.Is and where the request context flows.', 'La nota explica por qué la verificación del 404 usa errors.Is y por dónde fluye el contexto del pedido.', 'A nota explica por que a verificação do 404 usa errors.Is e por onde o contexto da requisição passa.'),
    ),
  ),
  'stacks/reading-benchmarks': rubric(
    t(
      'A one-page capacity note for one endpoint: target rate, latency by step, Little\'s law estimates, the dominant step and the first change.',
      'Una nota de capacidad de una página para un endpoint: tasa objetivo, latencia por paso, estimaciones con la ley de Little, el paso dominante y el primer cambio.',
      'Uma nota de capacidade de uma página para um endpoint: taxa alvo, latência por passo, estimativas com a lei de Little, o passo dominante e a primeira mudança.',
    ),
    c(
      t('Every number has a source: a trace, a log query, or the word "hypothetical".', 'Cada número tiene fuente: una traza, una consulta de logs o la palabra "hipotético".', 'Cada número tem fonte: um trace, uma consulta de logs ou a palavra "hipotético".'),
    ),
    c(
      t('The arithmetic for requests in flight, database connections and CPU is shown, not only the results.', 'La cuenta de pedidos en curso, conexiones a la base y CPU está escrita, no solo los resultados.', 'A conta de requisições em andamento, conexões com o banco e CPU está escrita, não só os resultados.'),
    ),
    c(
      t('The conclusion names one change and why it comes first.', 'La conclusión nombra un cambio y por qué va primero.', 'A conclusão nomeia uma mudança e por que ela vem primeiro.'),
      t('A constant-arrival-rate test after a warm-up adds measured p50 and p99.', 'Una prueba con tasa de llegada constante después de un calentamiento agrega p50 y p99 medidos.', 'Um teste com taxa de chegada constante depois de um aquecimento acrescenta p50 e p99 medidos.'),
    ),
  ),
  'stacks/the-toolkit': rubric(
    t(
      'A multi-stage Dockerfile with a non-root user, a .dockerignore, and a GitHub Actions workflow running lint, migrations and tests against a PostgreSQL service container.',
      'Un Dockerfile multi-stage con un usuario no root, un .dockerignore y un workflow de GitHub Actions que corre lint, migraciones y tests contra un contenedor de servicio PostgreSQL.',
      'Um Dockerfile multi-stage com um usuário não root, um .dockerignore e um workflow do GitHub Actions que roda lint, migrações e testes contra um contêiner de serviço PostgreSQL.',
    ),
    c(
      t('docker build succeeds locally and the image runs as a non-root user.', 'docker build funciona en local y la imagen corre con un usuario que no es root.', 'docker build funciona localmente e a imagem roda com um usuário que não é root.'),
    ),
    c(
      t('The workflow is green on a pull request and runs migrations before the tests.', 'El workflow está en verde en un pull request y corre las migraciones antes de los tests.', 'O workflow fica verde em um pull request e roda as migrações antes dos testes.'),
    ),
    c(
      t('The README states the final image size and explains in three or four sentences why the runtime stage has no build tools.', 'El README indica el tamaño final de la imagen y explica en tres o cuatro frases por qué la etapa final no tiene herramientas de compilación.', 'O README indica o tamanho final da imagem e explica em três ou quatro frases por que o estágio final não tem ferramentas de build.'),
    ),
  ),
  'skills/system-design-judgment': rubric(
    t(
      'A two-page design doc for the outbound notification service with the lesson\'s nine sections, estimates as formulas, a failure table and trade-offs.',
      'Un documento de diseño de dos páginas para el servicio de notificaciones salientes, con las nueve secciones de la lección, estimaciones como fórmulas, una tabla de fallas y trade-offs.',
      'Um documento de design de duas páginas para o serviço de notificações de saída, com as nove seções da lição, estimativas como fórmulas, uma tabela de falhas e trade-offs.',
    ),
    c(
      t('Estimates are written as formulas with results, and every number traces back to a given input.', 'Las estimaciones están escritas como fórmulas con resultado, y cada número se puede rastrear hasta un dato de entrada.', 'As estimativas estão escritas como fórmulas com resultado, e cada número pode ser rastreado até um dado de entrada.'),
    ),
    c(
      t('The failure table has at least five rows, including the slow SMS provider and its rate limit.', 'La tabla de fallas tiene al menos cinco filas, incluido el proveedor de SMS lento y su límite de tasa.', 'A tabela de falhas tem pelo menos cinco linhas, incluindo o provedor de SMS lento e seu limite de taxa.'),
    ),
    c(
      t('At least three trade-offs in the form "chose, cost, why acceptable".', 'Al menos tres trade-offs con la forma "elegí, costo, por qué es aceptable".', 'Pelo menos três trade-offs no formato "escolhi, custo, por que é aceitável".'),
      t('A colleague could start building from the doc without a meeting.', 'Un colega podría empezar a construir a partir del documento sin una reunión.', 'Um colega conseguiria começar a construir a partir do documento sem uma reunião.'),
    ),
  ),
  'skills/data-modelling': rubric(
    t(
      'DDL and a safe migration for pausing subscriptions, and a paragraph predicting how the design ages under two later requirements.',
      'DDL y una migración segura para pausar suscripciones, y un párrafo que anticipa cómo envejece el diseño ante dos requisitos futuros.',
      'DDL e uma migração segura para pausar assinaturas, e um parágrafo que prevê como o design envelhece diante de dois requisitos futuros.',
    ),
    c(
      t('The DDL runs on a local PostgreSQL and the migration is safe for existing rows.', 'El DDL corre en un PostgreSQL local y la migración es segura para las filas existentes.', 'O DDL roda em um PostgreSQL local e a migração é segura para as linhas existentes.'),
    ),
    c(
      t('At least one rule (for example once a year, at most three months) is enforced by a constraint, not only by code.', 'Al menos una regla (por ejemplo, una vez por año, como máximo tres meses) se impone con una restricción y no solo con código.', 'Pelo menos uma regra (por exemplo, uma vez por ano, no máximo três meses) é garantida por uma restrição e não só por código.'),
    ),
    c(
      t('The paragraph names one choice that keeps the future change cheap.', 'El párrafo nombra una decisión que mantiene barato el cambio futuro.', 'O parágrafo nomeia uma escolha que mantém barata a mudança futura.'),
    ),
  ),
  'skills/testing-maturity': rubric(
    t(
      'A one-page test plan (behaviour, level, reason) and at least one real unit, integration and consumer contract test.',
      'Un plan de tests de una página (comportamiento, nivel, razón) y al menos un test real unitario, uno de integración y uno de contrato del consumidor.',
      'Um plano de testes de uma página (comportamento, nível, motivo) e pelo menos um teste real unitário, um de integração e um de contrato do consumidor.',
    ),
    c(
      t('The unit test uses a builder and an injected clock; the integration test runs against PostgreSQL in a container.', 'El test unitario usa un builder y un reloj inyectado; el de integración corre contra PostgreSQL en un contenedor.', 'O teste unitário usa um builder e um relógio injetado; o de integração roda contra PostgreSQL em um contêiner.'),
    ),
    c(
      t('All tests pass 20 times in a row.', 'Todos los tests pasan 20 veces seguidas.', 'Todos os testes passam 20 vezes seguidas.'),
    ),
    c(
      t('The plan names one behaviour deliberately left untested and why.', 'El plan nombra un comportamiento que se dejó sin test a propósito y por qué.', 'O plano nomeia um comportamento deixado sem teste de propósito e por quê.'),
      t('Each level is chosen for a reason tied to the risk, not by habit.', 'Cada nivel se elige por una razón ligada al riesgo, no por costumbre.', 'Cada nível é escolhido por um motivo ligado ao risco, não por hábito.'),
    ),
  ),
  'skills/release-safety': rubric(
    t(
      'A one-page release plan for a risky change that a teammate could run, or stop, alone.',
      'Un plan de lanzamiento de una página para un cambio riesgoso, que un compañero podría ejecutar, o detener, sin ayuda.',
      'Um plano de lançamento de uma página para uma mudança arriscada, que um colega conseguiria executar, ou parar, sozinho.',
    ),
    c(
      t('The flag has a kind, a bucketing key, a default when the flag service is unreachable and a removal date; any database step says which release it ships in.', 'El flag tiene tipo, clave de segmentación, valor por defecto si el servicio de flags no responde y fecha de retiro; cada paso de base de datos dice en qué versión sale.', 'O flag tem tipo, chave de segmentação, valor padrão se o serviço de flags não responder e data de remoção; cada passo de banco de dados diz em qual versão sai.'),
    ),
    c(
      t('At least four stages with hold times and minimum samples, and at least four metrics compared between cohort and control.', 'Al menos cuatro etapas con tiempos de espera y muestras mínimas, y al menos cuatro métricas comparadas entre la cohorte y el grupo de control.', 'Pelo menos quatro etapas com tempos de espera e amostras mínimas, e pelo menos quatro métricas comparadas entre a coorte e o grupo de controle.'),
    ),
    c(
      t('The rollback trigger is objective enough for someone else to apply, and the rollback action is written.', 'El disparador de rollback es lo bastante objetivo como para que otra persona lo aplique, y la acción de rollback está escrita.', 'O gatilho de rollback é objetivo o bastante para outra pessoa aplicar, e a ação de rollback está escrita.'),
    ),
  ),
  'skills/debugging-under-uncertainty': rubric(
    t(
      'A 300- to 600-word investigation log of a real bug, written as for an incident channel.',
      'Un registro de investigación de 300 a 600 palabras de un bug real, escrito como para un canal de incidentes.',
      'Um registro de investigação de 300 a 600 palavras de um bug real, escrito como para um canal de incidentes.',
    ),
    c(
      t('It has timestamps, the first precise observation and at least three hypotheses, each with the check that confirms or eliminates it.', 'Tiene horas, la primera observación precisa y al menos tres hipótesis, cada una con la verificación que la confirma o la descarta.', 'Tem horários, a primeira observação precisa e pelo menos três hipóteses, cada uma com a verificação que a confirma ou descarta.'),
    ),
    c(
      t('It names the bisection step that narrowed the search most and how the fix was verified.', 'Nombra el paso de bisección que más acotó la búsqueda y cómo se verificó la corrección.', 'Nomeia o passo de bisseção que mais estreitou a busca e como a correção foi verificada.'),
    ),
    c(
      t('It separates mitigation from resolution and has one line for each of code, data, infrastructure and integration.', 'Separa la mitigación de la resolución y tiene una línea para código, datos, infraestructura e integración.', 'Separa a mitigação da resolução e tem uma linha para código, dados, infraestrutura e integração.'),
      t('A colleague who never saw the bug can follow it and would reach the same cause.', 'Un colega que nunca vio el bug puede seguirlo y llegaría a la misma causa.', 'Um colega que nunca viu o bug consegue acompanhar e chegaria à mesma causa.'),
    ),
  ),
  'skills/writing-for-async-teams': rubric(
    t(
      'One document with three before-and-after rewrites (a status message, a pull request description, a question) and one sentence on the main change of each.',
      'Un documento con tres reescrituras antes y después (un mensaje de estado, una descripción de pull request, una pregunta) y una frase sobre el cambio principal de cada una.',
      'Um documento com três reescritas antes e depois (uma mensagem de status, uma descrição de pull request, uma pergunta) e uma frase sobre a mudança principal de cada uma.',
    ),
    c(
      t('The "before" texts are real, and each "after" follows the lesson\'s template for its kind.', 'Los textos "antes" son reales, y cada "después" sigue la plantilla de la lección para su tipo.', 'Os textos "antes" são reais, e cada "depois" segue o modelo da lição para o seu tipo.'),
    ),
    c(
      t('The question carries a proposed default, so the asker is not blocked waiting.', 'La pregunta incluye un valor por defecto propuesto, así quien pregunta no queda bloqueado esperando.', 'A pergunta traz um padrão proposto, assim quem pergunta não fica bloqueado esperando.'),
    ),
    c(
      t('Each explanation names the most important change, not a list of edits.', 'Cada explicación nombra el cambio más importante, no una lista de ediciones.', 'Cada explicação nomeia a mudança mais importante, não uma lista de edições.'),
      t('A colleague said which version they would rather receive, and why.', 'Un colega dijo qué versión preferiría recibir y por qué.', 'Um colega disse qual versão preferiria receber e por quê.'),
    ),
  ),
  'skills/english-for-engineering': rubric(
    t(
      'A 60-second recorded stand-up, the same update as a chat message, a before-and-after review comment and a list of false friends caught.',
      'Un stand-up grabado de 60 segundos, la misma actualización como mensaje de chat, un comentario de revisión antes y después y una lista de falsos amigos detectados.',
      'Um stand-up gravado de 60 segundos, a mesma atualização como mensagem de chat, um comentário de revisão antes e depois e uma lista de falsos cognatos encontrados.',
    ),
    c(
      t('The stand-up follows the three-part structure and stays within a minute.', 'El stand-up sigue la estructura de tres partes y dura menos de un minuto.', 'O stand-up segue a estrutura de três partes e dura menos de um minuto.'),
    ),
    c(
      t('The rewritten review comment has a weight label, a reason and a suggested action.', 'El comentario reescrito tiene una etiqueta de peso, una razón y una acción sugerida.', 'O comentário reescrito tem um rótulo de peso, um motivo e uma ação sugerida.'),
    ),
    c(
      t('The written update says the same as the recording, shorter.', 'La actualización escrita dice lo mismo que la grabación, más breve.', 'A atualização escrita diz o mesmo que a gravação, mais curta.'),
      t('Weekly recordings over a month show the structure improving.', 'Grabaciones semanales durante un mes muestran que la estructura mejora.', 'Gravações semanais ao longo de um mês mostram a estrutura melhorando.'),
    ),
  ),
  'skills/ownership-and-collaboration': rubric(
    t(
      'Two documents under a page each: a four-part owner report on a real problem, and one side of a disagreement rewritten.',
      'Dos documentos de menos de una página cada uno: un informe de responsable en cuatro partes sobre un problema real, y un lado de un desacuerdo reescrito.',
      'Dois documentos de menos de uma página cada: um relatório de responsável em quatro partes sobre um problema real, e um lado de uma discordância reescrito.',
    ),
    c(
      t('The report puts the impact first and has the four parts: checked, suspect, will do, next update.', 'El informe pone el impacto primero y tiene las cuatro partes: verificado, sospecho, voy a hacer, próxima actualización.', 'O relatório coloca o impacto primeiro e tem as quatro partes: verificado, suspeito, vou fazer, próxima atualização.'),
    ),
    c(
      t('The disagreement has a fair steelman of the other side, facts split from preferences, and an experiment with a success criterion.', 'El desacuerdo tiene una versión fuerte y justa de la otra postura, hechos separados de preferencias y un experimento con criterio de éxito.', 'A discordância tem uma versão forte e justa da outra posição, fatos separados de preferências e um experimento com critério de sucesso.'),
    ),
    c(
      t('Both could be posted in a public team channel as they are.', 'Los dos podrían publicarse tal cual en un canal público del equipo.', 'Os dois poderiam ser publicados como estão em um canal público da equipe.'),
      t('A colleague read the report and said what they would still need to know.', 'Un colega leyó el informe y dijo qué le faltaría saber.', 'Um colega leu o relatório e disse o que ainda precisaria saber.'),
    ),
  ),
  'career-path/the-ladder': rubric(
    t(
      'A private impact log with at least five entries from the last three months, each with a level line, a one-line conclusion and one action for the next three months.',
      'Un registro de impacto privado con al menos cinco entradas de los últimos tres meses, cada una con su línea de nivel, una conclusión de una línea y una acción para los próximos tres meses.',
      'Um registro de impacto privado com pelo menos cinco entradas dos últimos três meses, cada uma com sua linha de nível, uma conclusão de uma linha e uma ação para os próximos três meses.',
    ),
    c(
      t('Entries come from real sources (pull requests, tickets, incidents, calendar) and use the fields of the growth plan lesson.', 'Las entradas salen de fuentes reales (pull requests, tickets, incidentes, calendario) y usan los campos de la lección del plan de crecimiento.', 'As entradas vêm de fontes reais (pull requests, tickets, incidentes, agenda) e usam os campos da lição do plano de crescimento.'),
    ),
    c(
      t('Each level line (junior, mid-level, senior) is justified by the lesson\'s table, not by wishful reading.', 'Cada línea de nivel (junior, semi-senior, senior) se justifica con la tabla de la lección, no con una lectura optimista.', 'Cada linha de nível (júnior, pleno, sênior) se justifica pela tabela da lição, não por uma leitura otimista.'),
    ),
    c(
      t('The action would create evidence at the level above.', 'La acción generaría evidencia del nivel siguiente.', 'A ação geraria evidência do nível acima.'),
      t('A weekly reminder to add entries is already in the calendar.', 'Ya hay un recordatorio semanal en el calendario para sumar entradas.', 'Já existe um lembrete semanal na agenda para acrescentar entradas.'),
    ),
  ),
  'career-path/branches': rubric(
    t(
      'A one-page decision matrix for two branches with weighted scores, a sensitivity check and a four- to six-week experiment with a start date.',
      'Una matriz de decisión de una página para dos caminos, con puntajes ponderados, un análisis de sensibilidad y un experimento de cuatro a seis semanas con fecha de inicio.',
      'Uma matriz de decisão de uma página para dois caminhos, com pontuações ponderadas, uma análise de sensibilidade e um experimento de quatro a seis semanas com data de início.',
    ),
    c(
      t('Five or six criteria with weights that add up to 100, and every score from 1 to 5 has one line of evidence.', 'Cinco o seis criterios con pesos que suman 100, y cada puntaje de 1 a 5 tiene una línea de evidencia.', 'Cinco ou seis critérios com pesos que somam 100, e cada nota de 1 a 5 tem uma linha de evidência.'),
    ),
    c(
      t('Both weighted scores and their percentage of the maximum are computed correctly.', 'Los dos puntajes ponderados y su porcentaje del máximo están bien calculados.', 'As duas pontuações ponderadas e sua porcentagem do máximo estão calculadas corretamente.'),
    ),
    c(
      t('The sensitivity paragraph names the least certain score, how far the result moves, and what would be learned to score it better; the experiment fits the current job.', 'El párrafo de sensibilidad nombra el puntaje más incierto, cuánto se mueve el resultado y qué habría que aprender para puntuarlo mejor; el experimento cabe en el trabajo actual.', 'O parágrafo de sensibilidade nomeia a nota mais incerta, quanto o resultado muda e o que seria preciso aprender para pontuá-la melhor; o experimento cabe no emprego atual.'),
    ),
  ),
  'career-path/ai-and-the-backend-engineer': rubric(
    t(
      'A one-page design note for "suggest a reply" that a reviewer could implement without asking what happens when the model is slow, wrong or unavailable.',
      'Una nota de diseño de una página para "sugerir una respuesta" que alguien podría implementar sin preguntar qué pasa cuando el modelo es lento, se equivoca o no está disponible.',
      'Uma nota de design de uma página para "sugerir uma resposta" que alguém conseguiria implementar sem perguntar o que acontece quando o modelo está lento, erra ou está indisponível.',
    ),
    c(
      t('It chooses synchronous, async job or streamed, with a reason tied to the agent\'s workflow.', 'Elige síncrono, tarea asíncrona o streaming, con una razón ligada al flujo de trabajo del agente.', 'Escolhe síncrono, tarefa assíncrona ou streaming, com um motivo ligado ao fluxo de trabalho do atendente.'),
    ),
    c(
      t('The per-tenant token budget is a formula with symbols, and the timeout and fallback are stated.', 'El presupuesto de tokens por tenant es una fórmula con símbolos, y están el timeout y la alternativa de respaldo.', 'O orçamento de tokens por tenant é uma fórmula com símbolos, e estão o timeout e a alternativa de contingência.'),
    ),
    c(
      t('It lists stored fields, three automatic offline checks, span attributes, and one prompt injection specific to the feature with how the design limits the damage.', 'Lista los campos guardados, tres verificaciones automáticas offline, los atributos de span y una inyección de prompt propia de la funcionalidad, con cómo el diseño limita el daño.', 'Lista os campos guardados, três verificações automáticas offline, os atributos de span e uma injeção de prompt própria da funcionalidade, com como o design limita o dano.'),
    ),
  ),
  'career-path/growth-plan': rubric(
    t(
      'One document with a quarter plan of three goals, the weekly routine in the calendar, three complete impact log entries and one CV bullet.',
      'Un documento con un plan trimestral de tres objetivos, la rutina semanal en el calendario, tres entradas completas del registro de impacto y un bullet para el CV.',
      'Um documento com um plano trimestral de três objetivos, a rotina semanal na agenda, três entradas completas do registro de impacto e um bullet para o currículo.',
    ),
    c(
      t('Each goal (technical, communication, visibility) has the shape "I can X, and the evidence is Y".', 'Cada objetivo (técnico, comunicación, visibilidad) tiene la forma "puedo X, y la evidencia es Y".', 'Cada objetivo (técnico, comunicação, visibilidade) tem o formato "consigo X, e a evidência é Y".'),
    ),
    c(
      t('The three log entries have all five fields filled from real work of the last month.', 'Las tres entradas del registro tienen los cinco campos completos con trabajo real del último mes.', 'As três entradas do registro têm os cinco campos preenchidos com trabalho real do último mês.'),
    ),
    c(
      t('The CV bullet comes from the strongest entry and is ready to share with a manager.', 'El bullet del CV sale de la entrada más fuerte y está listo para compartir con un manager.', 'O bullet do currículo vem da entrada mais forte e está pronto para compartilhar com um gestor.'),
    ),
  ),
  'salaries/local-and-international-pay': rubric(
    t(
      'A comparison sheet of two offers (or the current job and a hypothetical contractor role) filled from written sources, the formula\'s variables with their source, and an email asking for the unknowns.',
      'Una planilla comparativa de dos ofertas (o del trabajo actual y un rol hipotético como contratista) completada con fuentes escritas, las variables de la fórmula con su origen y un correo que pide lo que falta.',
      'Uma planilha comparativa de duas ofertas (ou do emprego atual e de um papel hipotético como prestador) preenchida com fontes escritas, as variáveis da fórmula com sua origem e um e-mail pedindo o que falta.',
    ),
    c(
      t('Every cell comes from a written source or says "unknown"; nothing is guessed.', 'Cada celda viene de una fuente escrita o dice "desconocido"; nada está adivinado.', 'Cada célula vem de uma fonte escrita ou diz "desconhecido"; nada foi chutado.'),
    ),
    c(
      t('Each variable of the formula is written for both sides with where its value will come from.', 'Cada variable de la fórmula está escrita para los dos lados, con de dónde saldrá su valor.', 'Cada variável da fórmula está escrita para os dois lados, com de onde virá o seu valor.'),
    ),
    c(
      t('The email asks at most four clear questions.', 'El correo hace como máximo cuatro preguntas claras.', 'O e-mail faz no máximo quatro perguntas claras.'),
    ),
  ),
  'salaries/reading-salary-benchmarks': rubric(
    t(
      'A benchmark note in the lesson\'s format, one line on a second named source, and either a position in the matching range or a written reason why no range fits.',
      'Una nota de benchmark en el formato de la lección, una línea sobre una segunda fuente con nombre, y una posición en el rango que corresponde o una razón escrita de por qué ninguno encaja.',
      'Uma nota de benchmark no formato da lição, uma linha sobre uma segunda fonte com nome, e uma posição na faixa correspondente ou um motivo escrito de por que nenhuma se aplica.',
    ),
    c(
      t('The note has source, year, nature, role, employer type, currency, ranges and an "Unknown" line.', 'La nota tiene fuente, año, naturaleza, rol, tipo de empleador, moneda, rangos y una línea "Desconocido".', 'A nota tem fonte, ano, natureza, cargo, tipo de empregador, moeda, faixas e uma linha "Desconhecido".'),
    ),
    c(
      t('What does not match the learner (country, level, employer type) is written down rather than ignored.', 'Lo que no coincide con el estudiante (país, nivel, tipo de empleador) está escrito en lugar de ignorado.', 'O que não corresponde ao aluno (país, nível, tipo de empregador) está escrito em vez de ignorado.'),
    ),
    c(
      t('The position p is computed correctly, with two sentences on what it does and does not tell.', 'La posición p está bien calculada, con dos frases sobre lo que dice y lo que no dice.', 'A posição p está calculada corretamente, com duas frases sobre o que ela diz e o que não diz.'),
      t('The second source\'s line says how its sample differs.', 'La línea de la segunda fuente dice en qué difiere su muestra.', 'A linha da segunda fonte diz como a amostra dela difere.'),
    ),
  ),
  'salaries/what-moves-an-offer': rubric(
    t(
      'A negotiation kit: the five factors with evidence, an answer to the expectations question with a sourced range, an "after" email, and a recording of the answer in English.',
      'Un kit de negociación: los cinco factores con evidencia, una respuesta a la pregunta de expectativas con un rango con fuentes, un correo "después" y una grabación de la respuesta en inglés.',
      'Um kit de negociação: os cinco fatores com evidência, uma resposta à pergunta de expectativa com uma faixa com fontes, um e-mail "depois" e uma gravação da resposta em inglês.',
    ),
    c(
      t('Each of the five factors has one piece of evidence from the learner\'s work, and gaps are marked honestly, with no invented metric.', 'Cada uno de los cinco factores tiene una evidencia del trabajo propio, y las brechas están marcadas con honestidad, sin métricas inventadas.', 'Cada um dos cinco fatores tem uma evidência do próprio trabalho, e as lacunas estão marcadas com honestidade, sem métricas inventadas.'),
    ),
    c(
      t('The range comes from at least two named sources, and every number in the document has a source.', 'El rango sale de al menos dos fuentes con nombre, y cada número del documento tiene fuente.', 'A faixa vem de pelo menos duas fontes com nome, e cada número do documento tem fonte.'),
    ),
    c(
      t('The recorded answer is under a minute and sounds calm by the second or third try.', 'La respuesta grabada dura menos de un minuto y suena tranquila al segundo o tercer intento.', 'A resposta gravada dura menos de um minuto e soa tranquila na segunda ou terceira tentativa.'),
    ),
  ),
  'salaries/how-you-are-employed-and-paid': rubric(
    t(
      'A one-page money map: who directs, contracts and pays, the documents signed, the country\'s official rules with links and dates, the payment route\'s cost, and the next rate review.',
      'Un mapa del dinero de una página: quién dirige, contrata y paga, los documentos firmados, las reglas oficiales del país con enlaces y fechas, el costo de la vía de pago y la próxima revisión de tarifa.',
      'Um mapa do dinheiro de uma página: quem dirige, contrata e paga, os documentos assinados, as regras oficiais do país com links e datas, o custo da via de pagamento e a próxima revisão de valor.',
    ),
    c(
      t('Legal names are given for who directs the work, who holds the contract and who pays, and the U.S. tax form, if any, is named.', 'Están los nombres legales de quién dirige el trabajo, quién tiene el contrato y quién paga, y el formulario fiscal de EE. UU. que aplica, si aplica alguno.', 'Estão os nomes legais de quem dirige o trabalho, quem detém o contrato e quem paga, e o formulário fiscal dos EUA que se aplica, se algum.'),
    ),
    c(
      t('Official pages on invoicing an export of services are linked with the date read, or "not found" with the question for the accountant.', 'Las páginas oficiales sobre facturar una exportación de servicios están enlazadas con la fecha de lectura, o dice "no encontrado" con la pregunta para el contador.', 'As páginas oficiais sobre faturar uma exportação de serviços estão linkadas com a data de leitura, ou diz "não encontrado" com a pergunta para o contador.'),
    ),
    c(
      t('The payment table uses fees and rates copied from the provider\'s page with the date read, and the effective rate is calculated.', 'La tabla de pagos usa comisiones y tipos de cambio copiados de la página del proveedor con la fecha de lectura, y calcula la tasa efectiva.', 'A tabela de pagamento usa tarifas e câmbio copiados da página do provedor com a data de leitura, e calcula a taxa efetiva.'),
      t('The stretch step compares a second payment route over twelve months and drafts the rate-review email.', 'El paso extra compara una segunda vía de pago en doce meses y redacta el correo de revisión de tarifa.', 'O passo extra compara uma segunda via de pagamento em doze meses e redige o e-mail de revisão de valor.'),
    ),
  ),
  'job-hunting/cv-that-survives-thirty-seconds': rubric(
    t(
      'A one-page draft of the CV header and most recent role, and a note of what a friend remembered after thirty seconds.',
      'Un borrador de una página con el encabezado del CV y el rol más reciente, y una nota de lo que un amigo recordó después de treinta segundos.',
      'Um rascunho de uma página com o cabeçalho do currículo e o cargo mais recente, e uma nota do que um amigo lembrou depois de trinta segundos.',
    ),
    c(
      t('Four to six bullets follow the formula: system, work, production context, result.', 'De cuatro a seis bullets siguen la fórmula: sistema, trabajo, contexto de producción, resultado.', 'De quatro a seis bullets seguem a fórmula: sistema, trabalho, contexto de produção, resultado.'),
    ),
    c(
      t('Every number can be defended with how it was measured; numbers that cannot are replaced by precise words.', 'Cada número se puede defender con cómo se midió; los que no, se reemplazan por palabras precisas.', 'Cada número pode ser defendido com como foi medido; os que não podem são trocados por palavras precisas.'),
    ),
    c(
      t('The top third has the title line with the stack, the location and time zone line, and a two-line summary.', 'El tercio superior tiene la línea de título con el stack, la línea de ubicación y zona horaria, y un resumen de dos líneas.', 'O terço superior tem a linha de título com o stack, a linha de localização e fuso horário, e um resumo de duas linhas.'),
      t('The friend named the stack, one owned system and the time zone without help.', 'El amigo nombró el stack, un sistema propio y la zona horaria sin ayuda.', 'O amigo citou o stack, um sistema próprio e o fuso horário sem ajuda.'),
    ),
  ),
  'job-hunting/public-proof': rubric(
    t(
      'A pinned repository with a three-line summary and a six-section README that runs from a fresh clone, plus one full pull request description.',
      'Un repositorio fijado con un resumen de tres líneas y un README de seis secciones que funciona desde un clon nuevo, más una descripción completa de pull request.',
      'Um repositório fixado com um resumo de três linhas e um README de seis seções que funciona a partir de um clone novo, mais uma descrição completa de pull request.',
    ),
    c(
      t('The README has what, why, run it, design decisions, trade-offs and next.', 'El README tiene qué, por qué, cómo ejecutarlo, decisiones de diseño, trade-offs y próximos pasos.', 'O README tem o quê, por quê, como rodar, decisões de design, trade-offs e próximos passos.'),
    ),
    c(
      t('"Run it" was followed from a fresh clone and every failing step was fixed, so a friend can run it without asking.', 'Se siguió "cómo ejecutarlo" desde un clon nuevo y se corrigió cada paso que fallaba, así un amigo puede ejecutarlo sin preguntar.', '"Como rodar" foi seguido a partir de um clone novo e cada passo que falhava foi corrigido, assim um amigo consegue rodar sem perguntar.'),
    ),
    c(
      t('The pull request description has why, what changed, how tested, risk and rollout, and out of scope, with sensitive details removed.', 'La descripción del pull request tiene por qué, qué cambió, cómo se probó, riesgo y despliegue, y fuera de alcance, sin datos sensibles.', 'A descrição do pull request tem por quê, o que mudou, como foi testado, risco e rollout, e fora de escopo, sem dados sensíveis.'),
    ),
  ),
  'job-hunting/the-interview-loop': rubric(
    t(
      'A recording of prompt 7 answered in at most ten minutes with the five steps, and a one-page self-review.',
      'Una grabación de la consigna 7 respondida en diez minutos como máximo con los cinco pasos, y una autoevaluación de una página.',
      'Uma gravação do enunciado 7 respondido em no máximo dez minutos com os cinco passos, e uma autoavaliação de uma página.',
    ),
    c(
      t('The answer goes through clarify, contain, investigate, fix and prevent, in that order.', 'La respuesta pasa por aclarar, contener, investigar, corregir y prevenir, en ese orden.', 'A resposta passa por esclarecer, conter, investigar, corrigir e prevenir, nessa ordem.'),
    ),
    c(
      t('The review lists the questions asked and the ones missed, and every trade-off named (or two added).', 'La revisión lista las preguntas hechas y las que faltaron, y cada trade-off nombrado (o agrega dos).', 'A revisão lista as perguntas feitas e as que faltaram, e cada trade-off citado (ou acrescenta dois).'),
    ),
    c(
      t('Long silences are noted with a phrase from the lesson that would have filled them, and the answer is re-outlined.', 'Los silencios largos están anotados con una frase de la lección que los habría llenado, y la respuesta tiene un nuevo esquema.', 'Os silêncios longos estão anotados com uma frase da lição que os teria preenchido, e a resposta tem um novo roteiro.'),
      t('The learner shared both with a practice partner and noted their feedback.', 'El estudiante compartió ambos con un compañero de práctica y anotó su devolución.', 'O aluno compartilhou os dois com um parceiro de prática e anotou o retorno.'),
    ),
  ),
  'job-hunting/system-design-interview': rubric(
    t(
      'One document from a mock interview: the diagram drawn, a decision log of at least six entries, and self-scores on the lesson\'s rubric with evidence.',
      'Un documento de una entrevista simulada: el diagrama dibujado, un registro de al menos seis decisiones y la autoevaluación con la rúbrica de la lección, con evidencia.',
      'Um documento de uma entrevista simulada: o diagrama desenhado, um registro de pelo menos seis decisões e a autoavaliação com a rubrica da lição, com evidência.',
    ),
    c(
      t('Each log entry has decision, reason, cost and rejected alternative.', 'Cada entrada del registro tiene decisión, razón, costo y alternativa descartada.', 'Cada entrada do registro tem decisão, motivo, custo e alternativa descartada.'),
    ),
    c(
      t('Every rubric row has a score and one sentence of evidence from the session.', 'Cada fila de la rúbrica tiene un puntaje y una frase de evidencia de la sesión.', 'Cada linha da rubrica tem uma nota e uma frase de evidência da sessão.'),
    ),
    c(
      t('The session fits the planned time and the document names the one row to practise next.', 'La sesión entra en el tiempo previsto y el documento nombra la única fila a practicar después.', 'A sessão cabe no tempo previsto e o documento nomeia a linha a praticar em seguida.'),
    ),
  ),
  'job-hunting/applying-with-discipline': rubric(
    t(
      'A tracker with ten real job posts scored and decided, applications sent to those that pass the rule, and three sentences on the pattern.',
      'Un registro con diez avisos reales puntuados y decididos, postulaciones enviadas a los que pasan la regla, y tres frases sobre el patrón.',
      'Uma planilha com dez vagas reais pontuadas e decididas, candidaturas enviadas para as que passam na regra, e três frases sobre o padrão.',
    ),
    c(
      t('Each row has the three scores with a short reason each, the total and a status.', 'Cada fila tiene los tres puntajes con una razón breve, el total y un estado.', 'Cada linha tem as três notas com um motivo curto, o total e um status.'),
    ),
    c(
      t('No open row lacks a next action with a date.', 'Ninguna fila abierta queda sin próxima acción con fecha.', 'Nenhuma linha aberta fica sem próxima ação com data.'),
    ),
    c(
      t('The three sentences name the fit that fails most often and what to work on next.', 'Las tres frases nombran el criterio que más falla y en qué trabajar después.', 'As três frases nomeiam o critério que mais falha e no que trabalhar em seguida.'),
      t('Each application sent was tailored to its post.', 'Cada postulación enviada se adaptó a su aviso.', 'Cada candidatura enviada foi adaptada à sua vaga.'),
    ),
  ),
  'job-hunting/offer-to-first-90-days': rubric(
    t(
      'A 30/60/90 plan with the lesson\'s sections and a weekly update of real work with the four headings plus asks.',
      'Un plan 30/60/90 con las secciones de la lección y una actualización semanal de trabajo real con los cuatro títulos más pedidos.',
      'Um plano 30/60/90 com as seções da lição e uma atualização semanal de trabalho real com os quatro títulos mais pedidos.',
    ),
    c(
      t('Working hours and overlaps are given in local time and UTC.', 'El horario de trabajo y las superposiciones están en hora local y en UTC.', 'O horário de trabalho e as sobreposições estão em hora local e em UTC.'),
    ),
    c(
      t('Each phase has goals with a "done when" line, and there is a check-in schedule.', 'Cada fase tiene objetivos con una línea "listo cuando", y hay un calendario de reuniones de seguimiento.', 'Cada fase tem objetivos com uma linha "pronto quando", e há uma agenda de conversas de acompanhamento.'),
    ),
    c(
      t('A friend who does not know the job can read the update in two minutes and say what shipped, what is at risk and what is needed.', 'Un amigo que no conoce el trabajo puede leer la actualización en dos minutos y decir qué se entregó, qué está en riesgo y qué se necesita.', 'Um amigo que não conhece o trabalho consegue ler a atualização em dois minutos e dizer o que foi entregue, o que está em risco e o que é preciso.'),
    ),
  ),
  // The capstone stages (docs/08-capstone): the checker grades behaviour; these criteria add what it cannot see.
  'capstone/contract-and-validation': rubric(
    t(
      'Stage 1 passes in the checker, and a teammate could call the API correctly from the OpenAPI document alone.',
      'La etapa 1 pasa en el verificador, y un compañero podría usar la API correctamente solo con el documento OpenAPI.',
      'A etapa 1 passa no verificador, e um colega conseguiria usar a API corretamente só com o documento OpenAPI.',
    ),
    c(
      t('The checker report (--stage 1) shows every contract check passing.', 'El informe del verificador (--stage 1) muestra todas las verificaciones de contrato aprobadas.', 'O relatório do verificador (--stage 1) mostra todas as verificações de contrato aprovadas.'),
    ),
    c(
      t('The OpenAPI document describes every endpoint, its error responses and the problem details shape.', 'El documento OpenAPI describe cada endpoint, sus respuestas de error y la forma de problem details.', 'O documento OpenAPI descreve cada endpoint, suas respostas de erro e o formato de problem details.'),
      t('A contract test validates real responses against the document, so it cannot drift from the code.', 'Un test de contrato valida respuestas reales contra el documento, así no se desincroniza del código.', 'Um teste de contrato valida respostas reais contra o documento, assim ele não se descola do código.'),
    ),
    c(
      t('Validation lives at the boundary in one place, and the code names every invalid field in one answer.', 'La validación está en el borde, en un solo lugar, y el código nombra todos los campos inválidos en una sola respuesta.', 'A validação fica na fronteira, em um só lugar, e o código nomeia todos os campos inválidos em uma só resposta.'),
    ),
  ),
  'capstone/data-and-pagination': rubric(
    t(
      'Stages 1 and 2 pass, refunds live in a real database, and the list query for a later page uses an index.',
      'Las etapas 1 y 2 pasan, los reembolsos están en una base de datos real y la consulta de la lista para una página posterior usa un índice.',
      'As etapas 1 e 2 passam, os reembolsos estão em um banco de dados real e a consulta da listagem para uma página posterior usa um índice.',
    ),
    c(
      t('The checker report shows stages 1 and 2 passed.', 'El informe del verificador muestra las etapas 1 y 2 aprobadas.', 'O relatório do verificador mostra as etapas 1 e 2 aprovadas.'),
    ),
    c(
      t('EXPLAIN ANALYZE of a later page shows an index scan reading about limit + 1 rows.', 'EXPLAIN ANALYZE de una página posterior muestra un index scan que lee unas limit + 1 filas.', 'EXPLAIN ANALYZE de uma página posterior mostra um index scan que lê cerca de limit + 1 linhas.'),
    ),
    c(
      t('The cursor is opaque to clients and an unreadable one is rejected with 400.', 'El cursor es opaco para los clientes y uno ilegible se rechaza con 400.', 'O cursor é opaco para os clientes e um ilegível é rejeitado com 400.'),
      t('The cursor is signed, and a test flips one character of a valid cursor and expects 400.', 'El cursor está firmado, y un test cambia un carácter de un cursor válido y espera 400.', 'O cursor é assinado, e um teste troca um caractere de um cursor válido e espera 400.'),
    ),
  ),
  'capstone/idempotency': rubric(
    t(
      'Stages 1 to 3 pass in five runs in a row with different seeds.',
      'Las etapas 1 a 3 pasan en cinco ejecuciones seguidas con semillas distintas.',
      'As etapas 1 a 3 passam em cinco execuções seguidas com sementes diferentes.',
    ),
    c(
      t('Five checker reports with different seeds all show stages 1 to 3 passed.', 'Cinco informes del verificador con semillas distintas muestran las etapas 1 a 3 aprobadas.', 'Cinco relatórios do verificador com sementes diferentes mostram as etapas 1 a 3 aprovadas.'),
    ),
    c(
      t('The key is claimed in the database (a unique constraint or a lock), not checked and then inserted in two steps.', 'La clave se reclama en la base de datos (una restricción única o un bloqueo), no se verifica y luego se inserta en dos pasos.', 'A chave é reivindicada no banco de dados (uma restrição única ou um lock), não verificada e depois inserida em dois passos.'),
    ),
    c(
      t('Keys are scoped per tenant and a reused key with a different body gets 422.', 'Las claves son por tenant y una clave reutilizada con otro cuerpo recibe 422.', 'As chaves são por tenant e uma chave reutilizada com outro corpo recebe 422.'),
      t('Keys expire, a scheduled job deletes expired rows, and a test proves an expired key is treated as new.', 'Las claves vencen, una tarea programada borra las filas vencidas y un test prueba que una clave vencida se trata como nueva.', 'As chaves expiram, uma tarefa agendada apaga as linhas expiradas e um teste prova que uma chave expirada é tratada como nova.'),
    ),
  ),
  'capstone/security': rubric(
    t(
      'Stages 1 to 4 pass, and a list of every SQL statement on refunds and idempotency keys shows a tenant filter in each.',
      'Las etapas 1 a 4 pasan, y una lista de cada sentencia SQL sobre reembolsos y claves de idempotencia muestra un filtro de tenant en cada una.',
      'As etapas 1 a 4 passam, e uma lista de cada comando SQL sobre reembolsos e chaves de idempotência mostra um filtro de tenant em cada um.',
    ),
    c(
      t('The checker report shows stages 1 to 4 passed.', 'El informe del verificador muestra las etapas 1 a 4 aprobadas.', 'O relatório do verificador mostra as etapas 1 a 4 aprovadas.'),
    ),
    c(
      t('The statement list is complete and no statement lacks a tenant filter.', 'La lista de sentencias está completa y ninguna queda sin filtro de tenant.', 'A lista de comandos está completa e nenhum fica sem filtro de tenant.'),
    ),
    c(
      t('Authentication (401) and authorization (403, or 404 for another tenant\'s object) are handled in distinct places.', 'La autenticación (401) y la autorización (403, o 404 para un objeto de otro tenant) se manejan en lugares distintos.', 'A autenticação (401) e a autorização (403, ou 404 para um objeto de outro tenant) são tratadas em lugares distintos.'),
      t('Row-level security on refunds is enabled for the service\'s database role, and stage 4 still passes.', 'La seguridad a nivel de fila está activada en refunds para el rol de base de datos del servicio, y la etapa 4 sigue pasando.', 'A segurança em nível de linha está ativada em refunds para o papel de banco de dados do serviço, e a etapa 4 continua passando.'),
    ),
  ),
  'capstone/reliability-and-operations': rubric(
    t(
      'All five stages pass with no skip using --start, the progress file is imported, and the repository runs the checker in CI.',
      'Las cinco etapas pasan sin omisiones usando --start, el archivo de progreso está importado y el repositorio corre el verificador en CI.',
      'As cinco etapas passam sem pulos usando --start, o arquivo de progresso foi importado e o repositório roda o verificador no CI.',
    ),
    c(
      t('The checker report shows all five stages passed, none passed with skips.', 'El informe del verificador muestra las cinco etapas aprobadas, ninguna aprobada con omisiones.', 'O relatório do verificador mostra as cinco etapas aprovadas, nenhuma aprovada com pulos.'),
    ),
    c(
      t('The service shuts down cleanly on SIGTERM and acknowledged refunds survive the restart.', 'El servicio se detiene limpiamente con SIGTERM y los reembolsos confirmados sobreviven al reinicio.', 'O serviço encerra de forma limpa com SIGTERM e os reembolsos confirmados sobrevivem ao reinício.'),
      t('Readiness answers 503 from the moment SIGTERM arrives, before connections close.', 'La readiness responde 503 desde que llega SIGTERM, antes de cerrar las conexiones.', 'A readiness responde 503 a partir da chegada do SIGTERM, antes de fechar as conexões.'),
    ),
    c(
      t('The GitHub Actions workflow re-runs the checks on every push and is green.', 'El workflow de GitHub Actions vuelve a correr las verificaciones en cada push y está en verde.', 'O workflow do GitHub Actions roda as verificações de novo a cada push e está verde.'),
    ),
  ),
};
