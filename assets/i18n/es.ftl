# Las palabras propias de scarguide en español, traducidas de en.ftl (la fuente
# de todos los idiomas). El contenido clínico no está aquí: está en el conjunto
# de datos (assets/consultation.ron) y sus traducciones (consultation.<code>.ron).
# Cómo añadir un idioma: vea README.md ("Adding a language").
# Los ids no deben cambiar; las palabras son libres. `cargo test --test languages`
# falla si falta un mensaje en algún idioma o si usa otros argumentos.

## El nombre del idioma en el propio idioma, en la lista de idiomas.
language-name = Español
## Lo que dice primero un texto mostrado en inglés en una sesión traducida.
content-in-english = (en inglés: traducción en proceso de actualización)
## La lista de idiomas en la pantalla de bienvenida y en el modo sencillo (en todos los idiomas).
choose-language = Idioma
choose-language-ask = Escriba el número de su idioma y pulse Enter.

## Compartido: los informes, la aplicación a pantalla completa y el modo sencillo.
not-answered = Sin responder
treatments = Tratamientos
no-treatments = Sus respuestas no coinciden con ningún tratamiento de esta guía. Aun así, un especialista puede examinar su piel.
caveats = Temas para hablar con su especialista
no-caveats = Nada en sus respuestas necesita una mención especial.
what-to-expect = Qué esperar
questions-to-ask = Preguntas para su especialista
why = Por qué aparece
sessions = Sesiones
downtime = Tiempo de recuperación
expect = Qué esperar
risks = Riesgos principales
what-it-is = Qué es
dataset = Versión del contenido
reviewed = revisada
important = Importante
check-answers = Revise estas respuestas
conflicts-intro = Algunas de sus respuestas no parecen encajar entre sí.
conflicts-as-given = Los consejos de abajo las usan tal como usted las dio: revíselas o pregunte a su especialista.
questions-involved = Preguntas
before-anything = Antes que nada
your-answers = Sus respuestas
references = Referencias
generated = Generado
reference-code = Código de referencia
written = escrito
from-rules = Reglas
explain-added = añadido
explain-none = No se encontró ninguna regla.
welcome-title = Bienvenida
welcome-what = Responda a unas preguntas cortas sobre sus cicatrices, su piel y su salud. Después verá qué tratamientos se usan a menudo para respuestas como las suyas, cuáles se suelen evitar y por qué, qué puede esperar y qué preguntar a un especialista.
moving-around = Cómo moverse
welcome-plain = ¿Usa un lector de pantalla? Ejecute scarguide plain para las mismas preguntas, una línea cada vez.
start = Empezar
back = Atrás
next = Siguiente
see-results = Ver mis resultados
start-over = Empezar de nuevo
help = Ayuda
quit = Salir
stay = Quedarme
close = Cerrar
review = Revise sus respuestas
review-intro = Revise sus respuestas. Elija una para cambiarla, o siga para ver sus resultados.
results = Sus resultados
conflicts-hint = Cambie una de estas, o vaya a sus resultados de todos modos.
needs-answer = Elija una respuesta para seguir.
needs-answers-first = Primero responda a esta pregunta; hace falta para sus resultados.
question-help-hint = Pulse ? para ver la ayuda de esta pregunta.
optional = (opcional: puede saltarla con Tab)
quit-ask = ¿Salir? Se perderán sus respuestas.
disclaimer-short = Esto es información, no un diagnóstico. Pulse i para leer más.
disclaimer-close = i, Esc o Enter para cerrar.
start-over-ask = ¿Empezar de nuevo? Se borrarán sus respuestas.
keys = Teclas
help-close = Esc, Enter o F1 para cerrar esta ayuda.
question-help-close = ? o Esc para cerrar
dialog-close = Esc para cerrar
sent-close = Enter o Esc para cerrar
no-notes = No hay nada más que añadir para respuestas como las suyas.
no-questions = Pregunte a su especialista qué tratamientos van bien con su piel, cuántas sesiones podría necesitar y qué resultados puede esperar.
caveats-tab = Avisos
questions-tab = Qué preguntar
compare-tab = Comparar
about-tab = Acerca de
expect-tab-short = Esperar
ask-tab-short = Preguntas
open-hint = Enter abre o cierra un tratamiento.
welcome-keys = Enter empezar  F1 teclas  q salir
welcome-keys-languages = Enter empezar  { $leftright } idioma  F1 teclas  q salir
welcome-moving = { $updown } o j/k para moverse, 1-9 para elegir, Enter para seguir, Backspace para volver, F1 muestra todas las teclas. También puede hacer clic o tocar la pantalla.
send = Enviar mi resumen al personal
finished = He terminado
save = Guardar
key-save = Resultados: guardar el resumen en un archivo
key-send = Resultados: enviar mi resumen al personal
key-finished = Resultados: he terminado (lo borra todo)
ok = OK
staff-title = Personal
pin-ask = Escriba el PIN del personal y pulse Enter.
pin-hint = Esc para cerrar este cuadro.
pin-hint-back = Enter o Esc para volver al menú del personal.
staff-menu = Menú del personal
staff-menu-hint = Arriba/Abajo y Enter, o un número. Esc para cerrar.
staff-reset = Reiniciar esta sesión (borra las respuestas)
staff-summaries = Resúmenes: buscar, imprimir, recoger, borrar
staff-end = Cerrar el quiosco
staff-close = Volver a la pantalla del paciente
no-export-dir = Los resúmenes no se están guardando: el quiosco se inició sin --export-dir.
still-there = ¿Sigue ahí?
any-key = Pulse cualquier tecla o toque la pantalla para seguir.
sent-title = Resumen enviado
sent-intro = Su código de referencia es:
sent-give = Dé este código en recepción. El personal lo usará para encontrar su resumen. No lleva ningún nombre.
## Modo sencillo: escrito para escucharse.
plain-intro-how = Para responder, escriba un número y pulse Enter. Escriba ? para saber por qué hacemos una pregunta.
plain-answer = Respuesta:
plain-keys = Otras teclas: ? ayuda, b atrás, r revisar, q salir.
plain-review-keys = Otras teclas: b atrás, q salir.
plain-why-we-ask = Por qué lo preguntamos
plain-optional-skip = Esta pregunta es opcional: pulse Enter para saltarla.
plain-optional = Esta pregunta es opcional.
plain-chosen = (elegida)
plain-you-chose = Usted eligió
plain-skipped = Pregunta saltada.
plain-first-question = Esta es la primera pregunta.
plain-needs-answer = Esta pregunta necesita una respuesta.
plain-too-long = Esa línea es demasiado larga para ser una respuesta.
plain-quit-ask = ¿Salir sin ver sus resultados? Escriba y (sí) para salir, o pulse Enter para seguir.
plain-one = Escriba el número de su respuesta
plain-several = Escriba los números de todas las que correspondan, separados por espacios
plain-or-keep = , o pulse Enter para dejarla como está
plain-only-one = Elija solo una respuesta para esta pregunta.
plain-so-far = Sus respuestas hasta ahora
plain-review = Revise sus respuestas
plain-no-answers-yet = Aún no hay respuestas.
plain-skipped-list = Sin responder
plain-go-on = Pulse Enter para seguir.
plain-so-far-ask = Escriba un número de la lista para cambiar esa respuesta, o pulse Enter para seguir.
plain-review-ask = Escriba un número para cambiar esa respuesta, o pulse Enter para ver sus resultados.
plain-conflicts-ask = Escriba el número o el nombre de una pregunta para cambiar su respuesta, o pulse Enter para ver sus resultados de todos modos.
plain-conflicts-keys = Otras teclas: ? repetir, b atrás, q salir.
plain-results = Sus resultados
plain-raise-first = Hable primero de esto con un especialista:
plain-check-answer = Revise sus respuestas
plain-commonly-used = De uso habitual
plain-may-fit = Podrían servirle
plain-usually-avoided = Se suelen evitar
plain-details-follow = Ahora vienen los detalles, una sección cada vez.
plain-time-to-heal = Tiempo de curación
plain-questions-about = Sobre
plain-not-saved = Sin guardar.
## La ayuda para decidir: comparar, lo que me importa, listo para elegir, acerca de.
decision-compare = Compare sus opciones
decision-compare-intro = Las opciones, una al lado de otra, según las preguntas que se hace la gente. "Esperar, o solo cuidado de la piel" es siempre una de ellas. Las cifras vienen de estudios; si los estudios no dan ninguna, se indica.
decision-more-compared = Más opciones comparadas
decision-more-compared-later = Las demás opciones se comparan después de los detalles.
decision-all-compared-later = Para que las primeras páginas sean cortas, las opciones se comparan después de los detalles.
decision-pick-heading = Elija qué comparar
decision-you-may-add = Puede añadir:
decision-pick-two = Elija dos o más opciones para verlas una al lado de otra.
decision-no-facts = Esta guía no lo indica.
decision-what-matters = Lo que me importa
decision-nothing-chosen = Sin responder.
decision-values-note = Esto nunca cambia qué opciones se muestran ni cómo se agrupan. Marca las opciones que encajan y las pone primero en cada grupo.
decision-fits-label = Encaja con
decision-ready = ¿Ya puede elegir?
decision-ready-all = Dijo que sí a las cuatro. Lleve su resumen a su especialista.
decision-ready-skipped = Sin responder. Puede responderla cuando quiera; nunca cambia sus resultados.
decision-credit-short = Estas preguntas siguen el test SURE (Légaré et al. 2010).
decision-added = añadido por usted
decision-added-avoided = añadido por usted; se suele evitar para respuestas como las suyas
decision-treatments-in-detail = Los tratamientos en detalle
decision-about = Sobre esta guía
decision-authors = Escrito por
decision-reviewers = Revisado por
decision-not-named = no se nombra en esta versión
decision-funding = Financiación
decision-conflicts-of-interest = Conflictos de intereses
decision-published = Publicación
decision-reviewed = Última revisión
decision-review-by = Próxima revisión
decision-updates = Cómo se mantiene al día
decision-not-set = sin indicar
## La recepción del quiosco (personal) y la parte del paciente al enviar.
desk-title = Resúmenes
desk-find = Buscar un código:{" "}
desk-headings = CÓDIGO  ESCRITO           ESTADO
desk-status-new = nuevo
desk-status-collected = recogido
desk-none-yet = Aún no hay resúmenes.
desk-list-keys = Escriba un código, o Arriba/Abajo; Enter abre. Esc para volver.
desk-open-keys = p imprimir  c recogido  d borrar  Esc atrás
desk-delete-keys = Tecla y: borrar; n o Esc: conservar
desk-delete = Borrar
desk-keep = Conservar
desk-limit = Su resumen ya se envió tantas veces como permite una visita. Pregunte en recepción.
desk-finish-ask = Su resumen no se ha enviado al personal. ¿Borrar sus respuestas de todos modos?
desk-finish = Borrar

## Palabras compartidas con argumentos.
tier-suited = De uso habitual para respuestas como las suyas
tier-suited-intro = Suelen formar parte de un plan para cicatrices como las que usted describió.
tier-consider = Podrían servirle: hable con su especialista
tier-consider-intro = Pueden ayudar a algunas personas con respuestas como las suyas, según lo que vea un especialista.
tier-not-advised = Se suelen evitar para respuestas como las suyas
tier-not-advised-intro = Los especialistas suelen evitar o aplazar estos tratamientos para respuestas como las suyas, por los motivos indicados.
tier-short-suited = de uso habitual
tier-short-consider = podría servir
tier-short-not-advised = se suele evitar
level-defer = Se suele esperar hasta que esto se resuelva
level-discuss = Hable de esto con su especialista
level-info = Conviene saberlo
explain-made = clasificado como { $tier }
explain-capped = limitado a { $tier }
explain-raised = señalado como { $level }
explain-by-rule = { $what } por la regla { $rule }
explain-by-rule-line = { $what } por la regla { $rule } (línea { $line })
explain-intro = De dónde vienen los consejos: los números de regla y de línea se refieren a { $file }.
more = { $n ->
    [0] más
   *[other] { $n } más
}
more-lines = { $n ->
    [one] { $n } línea más
   *[other] { $n } líneas más
}
quit-saved = ¿Salir? Su resumen está guardado en { $path }
minutes = Se tarda { $minutes ->
    [one] más o menos un minuto
   *[other] unos { $minutes } minutos
}: { $count } preguntas cortas, una por pantalla.
minutes-range = { $fewest } o { $most }
progress = Pregunta { $n } de { $total }
too-small = Agrande la ventana (ahora { $w }{ $times }{ $h }; necesita 60{ $times }18)
version = { dataset } { $version }, { reviewed } { $reviewed }
send-failed = No se pudo enviar su resumen: { $why }. Avise en recepción; puede volver a intentarlo con la tecla s.
saved-to = Su resumen está guardado en { $path }
saved-after = scarguide: su resumen se guardó en { $path }
save-failed = No se pudo guardar el resumen: { $why }
pin-wrong = Ese PIN no es correcto. { $n ->
    [one] Queda { $n } intento.
   *[other] Quedan { $n } intentos.
}
pin-locked = Demasiados PIN incorrectos. Inténtelo otra vez en { $seconds } s.
still-there-clear = Por su privacidad, sus respuestas se borrarán dentro de { $seconds } s para que la próxima persona no pueda verlas.
your-code = Código: { $code }

## La lista de teclas (F1) y las pistas de teclas bajo los botones. Las pistas
## cortas sustituyen a las largas, palabra por palabra, si la ventana es estrecha.
key-language = Pantalla de bienvenida: elegir el idioma
key-move = Subir y bajar
key-number = Elegir esa opción (si hay varias: marcarla o desmarcarla)
key-space-name = Espacio
key-space = Elegir, marcar o desmarcar la opción resaltada
key-enter = Confirmar y seguir; abrir un tratamiento
key-tab = Seguir sin elegir ninguna respuesta
key-back = Volver atrás (sin perder respuestas)
key-help = Mostrar u ocultar la ayuda de una pregunta
key-section = Resultados: cambiar de sección
key-button = En un cuadro: el otro botón
key-scroll = Desplazar los resultados o una ayuda larga (también con la rueda)
key-restart = Resultados: empezar de nuevo
key-notice = Resultados: leer el aviso completo
key-keys = Esta lista de teclas
key-quit = Salir (pregunta antes)
key-mouse-name = Ratón
key-mouse = Hacer clic en una opción o un botón
help-more = { $updown } para más teclas. Esc, Enter o F1 para cerrar.
question-keys = { $updown } mover  1-9/Espacio elegir  Enter seguir  Backspace atrás  ? ayuda  q salir
review-keys = { $updown } mover  Enter cambiar/seguir  Backspace atrás  F1 teclas  q salir
results-keys = Tab sección  { $updown } mover  Enter abrir  PgUp/PgDn desplazar  r reiniciar  q salir
hint-choose = 1-9/Espacio elegir
hint-choose-short = 1-9 elegir
hint-back = Backspace atrás
hint-back-short = Esc atrás
hint-change = Enter cambiar/seguir
hint-change-short = Enter cambiar
hint-section = Tab sección
hint-section-short = Tab
hint-restart = r reiniciar
hint-restart-short = r reinicio
## Pistas que la aplicación añade o quita (quiosco, resultados). hint-quit,
## hint-scroll y hint-restart deben leerse igual que en las líneas de teclas.
hint-quit = q salir
hint-scroll = PgUp/PgDn desplazar
hint-save = s guardar
hint-send = s enviar al personal
hint-finished = f terminar

## La ayuda para decidir, con argumentos.
row-what = Qué es
row-sessions = Sesiones
row-recovery = Tiempo de recuperación
row-feel = Qué se siente
row-dark-patches = Probabilidad de manchas oscuras
row-improvement = Mejoría habitual
row-lasts = Cuánto duran los resultados
row-cost = Precio relativo
row-risks = Riesgos principales
sure-not-known = Cuánta certeza hay: no se sabe.
sure-low = Cuánta certeza hay: poca (estudios pequeños).
sure-moderate = Cuánta certeza hay: bastante (un ensayo con un grupo de comparación).
skin-lighter = Tipos de piel 1 a 3
skin-darker = Tipos de piel 4 a 6
value-short-recovery = poco tiempo de recuperación
value-lower-cost = precio más bajo
value-fewer-sessions = menos sesiones
value-fewer-dark-patches = menos probabilidad de manchas oscuras
value-biggest-improvement = mayor mejoría
value-no-needles = sin agujas
fits = { decision-fits-label }: { $values }
ready-count = Dijo que sí a { $yes } de { $of }.
credit = Estas preguntas siguen el test SURE: { $citation }
pick-hint = Elija de 2 a { $max }: { $updown } mover, Espacio elige. { $leftright } muestra las columnas ocultas. Home vuelve a la tabla.
compare-more = { $n } más
compare-keys = Tab sección  { $updown } mover  Espacio elegir  { $leftright } columnas  Home tabla  q salir

## La recepción, con argumentos. Cada fila se alinea bajo desk-headings.
desk-header = { $count } { $count ->
    [one] resumen
   *[other] resúmenes
} (nuevos: { $fresh }) en { $dir }
desk-opened = { $code }  escrito { $written }  { $status }
desk-delete-ask = ¿Borrar { $code } y todos sus archivos para siempre?
desk-deleted = { $code } está borrado.
desk-collected = { $code } está marcado como recogido.
desk-already-collected = { $code } ya estaba marcado como recogido.
desk-not-a-code = "{ $typed }" no es un código: los códigos son letras y números, como K7QM4.
desk-no-such = Ningún resumen tiene el código { $code }.
desk-no-such-near = Ningún resumen tiene el código { $code }. ¿Quería decir { $near }?
desk-or = { " " }o{ " " }
desk-sent-code = Enviado al personal. Código: { $code }

## Modo sencillo, con argumentos.
plain-intro-what = { $title }. { $count } preguntas cortas sobre sus cicatrices, su piel y su salud, y después sus resultados.
plain-no-answer = No hay ninguna respuesta { $n }.
plain-range-one = Escriba un número del 1 al { $n }.
plain-range-several = Escriba uno o más números del 1 al { $n }, separados por espacios.
plain-alone = { $labels } no se puede combinar con otras respuestas. Escriba solo su número, o los números de las demás.
plain-not-a-number = "{ $word }" no es un número.
plain-next = Siguiente: pregunta { $n }, { $title }.
plain-so-far-range = Escriba un número del 1 al { $last } para cambiar esa respuesta, o pulse Enter para seguir.
plain-answer-first = La pregunta { $n }, { $title }, necesita una respuesta antes.
plain-review-range = Escriba un solo número del 1 al { $last } para cambiar esa respuesta, o pulse Enter para ver sus resultados.
plain-sources = La hoja para imprimir indica { $count ->
    [one] la fuente
   *[other] las { $count } fuentes
} de estos resultados.
plain-save-ask = ¿Guardar estos resultados en un archivo? Escriba y (sí) para guardarlos en esta carpeta como { $default }, o escriba otro nombre de archivo. Pulse Enter para terminar sin guardar.
plain-saved = Guardado en { $path }
plain-save-failed = No se pudo guardar en { $path }: { $why }. Escriba otro nombre de archivo, o pulse Enter para terminar sin guardar.

## Respuestas, fuentes y guardar, en los informes y el modo texto.
yes = sí
no = no
sources-ids = Fuentes: { $ids }
save-too-many = ya existen demasiados archivos con este nombre
save-no-folder = esa carpeta no existe
save-read-only = no se puede escribir en esa carpeta
save-disk-full = el disco está lleno; no se escribió nada
plain-name-too-long-what = ese nombre
plain-name-too-long-why = es demasiado largo
plain-question-hint = Escriba un número del 1 al { $n }, o el nombre de una pregunta, o pulse Enter.
plain-no-such-number = No hay ninguna respuesta con ese número. { $hint }
plain-no-such-question = Ninguna pregunta se llama "{ $word }". { $hint }
plain-many-questions = Más de una pregunta empieza por "{ $word }". { $hint }
plain-you-quit = scarguide: ha salido; no se guardó nada.
plain-input-ended = scarguide: la entrada terminó antes de acabar la entrevista; no se guardó nada.
plain-saved-to = scarguide: su resumen se guardó en { $path }
plain-could-not-save = scarguide: no se pudo guardar el resumen en { $path }: { $why }
plain-why-stdin = la entrada estándar no es un terminal
plain-why-stdout = la salida estándar no es un terminal
plain-why-dumb = este terminal no puede mostrar un programa a pantalla completa
plain-why-accessible = ACCESSIBLE está activado y pide un modo adecuado para lectores de pantalla
plain-because = scarguide: { $why }, así que la entrevista se hace en modo texto (scarguide plain), una pregunta cada vez.
translated-by = Traducción
translation-review = Revisión de la traducción
