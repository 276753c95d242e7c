# scarguide's own words in English: the source every other language is
# translated from. Clinical content is not here: it lives in the dataset
# (assets/consultation.ron) and its translations (consultation.<code>.ron).
# How to add a language: see README.md ("Adding a language").
# Ids must not change; the words are free. `cargo test --test languages`
# fails when a message is missing in any language or uses other arguments.

## The language's own name, in the language list.
language-name = English
## What a text shown in English in a translated session says first.
content-in-english = (in English: translation being updated)
## The language list on the welcome screen and in plain mode (in every language).
choose-language = Language
choose-language-ask = Type the number of your language and press Enter.

## Shared: the reports, the full-screen app and plain mode.
not-answered = Not answered
treatments = Treatments
no-treatments = Your answers did not match any treatment in this guide. A clinician can still assess your skin.
caveats = Things to raise with your clinician
no-caveats = Nothing in your answers needs a special mention.
what-to-expect = What to expect
questions-to-ask = Questions to ask your clinician
why = Why this appears
sessions = Sessions
downtime = Recovery time
expect = What to expect
risks = Main risks
what-it-is = What it is
dataset = Content version
reviewed = reviewed
important = Important
check-answers = Check these answers
conflicts-intro = Some of your answers do not seem to fit together.
conflicts-as-given = The advice below uses them as you gave them: please check them, or ask your clinician.
questions-involved = Questions
before-anything = Before anything else
your-answers = Your answers
references = References
generated = Generated
reference-code = Reference code
written = written
from-rules = Rules
explain-added = added
explain-none = No rule found.
welcome-title = Welcome
welcome-what = Answer a few short questions about your scars, your skin and your health. You will then see which treatments are commonly used for answers like yours, which are usually avoided and why, what to expect, and what to ask a clinician.
moving-around = How to move around
welcome-plain = Using a screen reader? Run scarguide plain for the same questions, one line at a time.
start = Start
back = Back
next = Next
see-results = See my results
start-over = Start over
help = Help
quit = Quit
stay = Stay
close = Close
review = Review your answers
review-intro = Check your answers. Choose one to change it, or go on to see your results.
results = Your results
conflicts-hint = Change one of these, or go on to your results anyway.
needs-answer = Please choose an answer to go on.
needs-answers-first = Please answer this question first; it is needed for your results.
question-help-hint = Press ? for help with this question.
optional = (optional: Tab skips it)
quit-ask = Quit? Your answers will be lost.
disclaimer-short = This is education, not a diagnosis. Press i to read more.
disclaimer-close = i, Esc or Enter closes this.
start-over-ask = Start over? Your answers will be cleared.
keys = Keys
help-close = Esc, Enter or F1 closes this help.
question-help-close = ? or Esc closes
dialog-close = Esc closes
sent-close = Enter or Esc closes
no-notes = Nothing more to add for answers like yours.
no-questions = Ask your clinician which treatments suit your skin, how many sessions you may need, and what results to expect.
caveats-tab = Caveats
questions-tab = Questions to ask
compare-tab = Compare
about-tab = About
expect-tab-short = Expect
ask-tab-short = Ask
open-hint = Enter opens or closes a treatment.
welcome-keys = Enter start  F1 keys  q quit
welcome-keys-languages = Enter start  { $leftright } language  F1 keys  q quit
welcome-moving = { $updown } or j/k move, 1-9 choose, Enter goes on, Backspace goes back, F1 lists every key. You can also click or tap.
send = Send my summary to staff
finished = I'm finished
save = Save
key-save = Results: save the summary to a file
key-send = Results: send my summary to staff
key-finished = Results: I'm finished (clears everything)
ok = OK
staff-title = Staff
pin-ask = Type the staff PIN, then press Enter.
pin-hint = Esc closes this box.
pin-hint-back = Enter or Esc goes back to the staff menu.
staff-menu = Staff menu
staff-menu-hint = Up/Down and Enter, or a number. Esc closes.
staff-reset = Reset this session (clears the answers)
staff-summaries = Summaries: find, print, collect, delete
staff-end = End the kiosk
staff-close = Back to the patient's screen
no-export-dir = Summaries are not being written: the kiosk was started without --export-dir.
still-there = Still there?
any-key = Press any key or touch the screen to go on.
sent-title = Summary sent
sent-intro = Your reference code is:
sent-give = Please give this code to the desk. Staff will use it to find your summary. It holds no name.
## Plain mode: written to be heard.
plain-intro-how = To answer, type a number and press Enter. Type ? to hear why we ask a question.
plain-answer = Answer:
plain-keys = Other keys: ? help, b back, r review, q quit.
plain-review-keys = Other keys: b back, q quit.
plain-why-we-ask = Why we ask
plain-optional-skip = This question is optional: press Enter to skip it.
plain-optional = This question is optional.
plain-chosen = (chosen)
plain-you-chose = You chose
plain-skipped = Skipped.
plain-first-question = This is the first question.
plain-needs-answer = This question needs an answer.
plain-too-long = That line is too long to be an answer.
plain-quit-ask = Quit without seeing your results? Type y to quit, or press Enter to go on.
plain-one = Type the number of your answer
plain-several = Type the numbers of all that apply, separated by spaces
plain-or-keep = , or press Enter to keep it
plain-only-one = Choose only one answer for this question.
plain-so-far = Your answers so far
plain-review = Review your answers
plain-no-answers-yet = No answers yet.
plain-skipped-list = Skipped
plain-go-on = Press Enter to go on.
plain-so-far-ask = Type a number from the list to change that answer, or press Enter to go on.
plain-review-ask = Type a number to change that answer, or press Enter to see your results.
plain-conflicts-ask = Type the number or name of a question to change your answer, or press Enter to see your results anyway.
plain-conflicts-keys = Other keys: ? repeat, b back, q quit.
plain-results = Your results
plain-raise-first = Raise these first with a clinician:
plain-check-answer = Check your answers
plain-commonly-used = Commonly used
plain-may-fit = May fit
plain-usually-avoided = Usually avoided
plain-details-follow = The details follow, one section at a time.
plain-time-to-heal = Time to heal
plain-questions-about = About
plain-not-saved = Not saved.
## The decision aid: compare, what matters, ready to choose, about.
decision-compare = Compare your options
decision-compare-intro = The options side by side, on the questions people ask. "Wait, or skin care only" is always one of them. Numbers come from studies; where the studies give none, it says so.
decision-more-compared = More options compared
decision-more-compared-later = The other options are compared after the details.
decision-all-compared-later = To keep the first pages short, the options are compared after the details.
decision-pick-heading = Choose what to compare
decision-you-may-add = You may add:
decision-pick-two = Pick two or more options to see them side by side.
decision-no-facts = Not given in this guide.
decision-what-matters = What matters to me
decision-nothing-chosen = Not answered.
decision-values-note = This never changes which options are shown or how they are grouped. It marks the options that fit and lists them first in each group.
decision-fits-label = Fits
decision-ready = Ready to choose?
decision-ready-all = You said yes to all four. Take your summary to your clinician.
decision-ready-skipped = Not answered. You can answer it any time: it never changes your results.
decision-credit-short = These questions follow the SURE test (Légaré et al. 2010).
decision-added = added by you
decision-added-avoided = added by you; usually avoided for answers like yours
decision-treatments-in-detail = Treatments in detail
decision-about = About this guide
decision-authors = Written by
decision-reviewers = Reviewed by
decision-not-named = not named in this version
decision-funding = Funding
decision-conflicts-of-interest = Conflicts of interest
decision-published = Published
decision-reviewed = Last reviewed
decision-review-by = Next review due
decision-updates = How it is kept up to date
decision-not-set = not set
## The kiosk desk (staff) and the patient side of sending.
desk-title = Summaries
desk-find = Find a code:{" "}
desk-headings = CODE    WRITTEN           STATUS
desk-status-new = new
desk-status-collected = collected
desk-none-yet = No summaries yet.
desk-list-keys = Type a code, or Up/Down; Enter opens. Esc goes back.
desk-open-keys = p print  c collected  d delete  Esc back
desk-delete-keys = y deletes it, n or Esc keeps it
desk-delete = Delete
desk-keep = Keep
desk-limit = Your summary has been sent as often as one visit allows. Please ask at the desk.
desk-finish-ask = Your summary has not been sent to staff. Clear your answers anyway?
desk-finish = Clear

## Shared words with arguments.
tier-suited = Commonly used for answers like yours
tier-suited-intro = These are often part of a plan for scars like the ones you described.
tier-consider = May fit: discuss with your clinician
tier-consider-intro = These can help some people with answers like yours, depending on what a clinician finds.
tier-not-advised = Usually avoided for answers like yours
tier-not-advised-intro = Clinicians usually avoid or postpone these for answers like yours, for the reasons given.
tier-short-suited = commonly used
tier-short-consider = may fit
tier-short-not-advised = usually avoided
level-defer = Usually wait until this is resolved
level-discuss = Raise this with your clinician
level-info = Good to know
explain-made = made { $tier }
explain-capped = capped at { $tier }
explain-raised = raised at { $level }
explain-by-rule = { $what } by rule { $rule }
explain-by-rule-line = { $what } by rule { $rule } (line { $line })
explain-intro = Where the advice comes from: rule numbers and lines refer to { $file }.
more = { $n ->
    [0] more
   *[other] { $n } more
}
more-lines = { $n ->
    [one] { $n } more line
   *[other] { $n } more lines
}
quit-saved = Quit? Your summary is saved in { $path }
minutes = It takes about { $minutes } { $minutes ->
    [one] minute
   *[other] minutes
}: { $count } short questions, one per screen.
minutes-range = { $fewest } or { $most }
progress = Question { $n } of { $total }
too-small = Please make the window larger (now { $w }{ $times }{ $h }, needs 60{ $times }18)
version = { dataset } { $version }, { reviewed } { $reviewed }
send-failed = Your summary could not be sent: { $why }. Please tell the desk; you can try again with s.
saved-to = Your summary is saved in { $path }
saved-after = scarguide: your summary was saved in { $path }
save-failed = Could not save the summary: { $why }
pin-wrong = That PIN is not right. { $n ->
    [one] { $n } try left.
   *[other] { $n } tries left.
}
pin-locked = Too many wrong PINs. Try again in { $seconds } s.
still-there-clear = For your privacy, your answers will be cleared in { $seconds } s so the next person cannot see them.
your-code = Code: { $code }

## The key list (F1) and the key hints under the buttons. The short hints
## replace the long ones, word for word, when a window is narrow.
key-language = Welcome screen: choose the language
key-move = Move up and down
key-number = Choose that option (several: toggle it)
key-space-name = Space
key-space = Choose or toggle the highlighted option
key-enter = Confirm and go on; open a treatment
key-tab = Go on without choosing an answer
key-back = Go back (never loses answers)
key-help = Show or hide a question's help
key-section = Results: switch section
key-button = In a box: the other button
key-scroll = Scroll the results or a long help (also the wheel)
key-restart = Results: start over
key-notice = Results: read the notice in full
key-keys = This list of keys
key-quit = Quit (asks first)
key-mouse-name = Mouse
key-mouse = Click an option or a button
help-more = { $updown } for more keys. Esc, Enter or F1 closes.
question-keys = { $updown } move  1-9/Space choose  Enter next  Backspace back  ? help  q quit
review-keys = { $updown } move  Enter change/go on  Backspace back  F1 keys  q quit
results-keys = Tab section  { $updown } move  Enter open  PgUp/PgDn scroll  r start over  q quit
hint-choose = 1-9/Space choose
hint-choose-short = 1-9 choose
hint-back = Backspace back
hint-back-short = Esc back
hint-change = Enter change/go on
hint-change-short = Enter change
hint-section = Tab section
hint-section-short = Tab
hint-restart = r start over
hint-restart-short = r restart
## Hints the app adds or takes away: a kiosk has no quit and no start
## over, the results gain save, send and finished. hint-quit, hint-scroll
## and hint-restart must read exactly as in the keys lines above.
hint-quit = q quit
hint-scroll = PgUp/PgDn scroll
hint-save = s save
hint-send = s send to staff
hint-finished = f finished

## The decision aid, with arguments.
row-what = What it is
row-sessions = Sessions
row-recovery = Recovery time
row-feel = How it feels
row-dark-patches = Chance of dark patches
row-improvement = Typical improvement
row-lasts = How long results last
row-cost = Relative cost
row-risks = Main risks
sure-not-known = How sure: not known.
sure-low = How sure: not very (small studies).
sure-moderate = How sure: fairly (a trial with a comparison group).
skin-lighter = Skin types 1 to 3
skin-darker = Skin types 4 to 6
value-short-recovery = short recovery
value-lower-cost = lower cost
value-fewer-sessions = fewer sessions
value-fewer-dark-patches = lower chance of dark patches
value-biggest-improvement = bigger improvement
value-no-needles = no needles
fits = { decision-fits-label }: { $values }
ready-count = You said yes to { $yes } of { $of }.
credit = These questions follow the SURE test: { $citation }
pick-hint = Pick 2 to { $max }: { $updown } move, Space picks. { $leftright } show hidden columns. Home goes back to the table.
compare-more = { $n } more
compare-keys = Tab section  { $updown } move  Space pick  { $leftright } columns  Home table  q quit

## The desk, with arguments. A row lines up under desk-headings.
desk-header = { $count } { $count ->
    [one] summary
   *[other] summaries
} ({ $fresh } new) in { $dir }
desk-opened = { $code }  written { $written }  { $status }
desk-delete-ask = Delete { $code } and all its files for good?
desk-deleted = { $code } is deleted.
desk-collected = { $code } is marked as collected.
desk-already-collected = { $code } was already marked as collected.
desk-not-a-code = "{ $typed }" is not a code: codes are letters and digits, like K7QM4.
desk-no-such = No summary has the code { $code }.
desk-no-such-near = No summary has the code { $code }. Did you mean { $near }?
desk-or = { " " }or{ " " }
desk-sent-code = Sent to staff. Code: { $code }

## Plain mode, with arguments.
plain-intro-what = { $title }. { $count } short questions about your scars, your skin and your health, then your results.
plain-no-answer = There is no answer { $n }.
plain-range-one = Type a number from 1 to { $n }.
plain-range-several = Type one or more numbers from 1 to { $n }, separated by spaces.
plain-alone = { $labels } cannot be combined with other answers. Type its number alone, or the numbers of the others.
plain-not-a-number = "{ $word }" is not a number.
plain-next = Next: question { $n }, { $title }.
plain-so-far-range = Type a number from 1 to { $last } to change that answer, or press Enter to go on.
plain-answer-first = Question { $n }, { $title }, needs an answer first.
plain-review-range = Type one number from 1 to { $last } to change that answer, or press Enter to see your results.
plain-sources = The printable handout lists the { $count } sources behind these results.
plain-save-ask = Save these results to a file? Type y to save them in this folder as { $default }, or type another file name. Press Enter to finish without saving.
plain-saved = Saved to { $path }
plain-save-failed = Could not save to { $path }: { $why }. Type another file name, or press Enter to finish without saving.

## Answers, sources and saving, said in reports and plain mode.
yes = yes
no = no
sources-ids = Sources: { $ids }
save-too-many = too many files with this name already exist
save-no-folder = that folder does not exist
save-read-only = that folder cannot be written to
save-disk-full = the disk is full; nothing was written
plain-name-too-long-what = that name
plain-name-too-long-why = it is too long
plain-question-hint = Type a number from 1 to { $n }, or the name of a question, or press Enter.
plain-no-such-number = There is no answer with that number. { $hint }
plain-no-such-question = No question is called "{ $word }". { $hint }
plain-many-questions = More than one question starts with "{ $word }". { $hint }
plain-you-quit = scarguide: you quit; nothing was saved.
plain-input-ended = scarguide: the input ended before the interview was finished; nothing was saved.
plain-saved-to = scarguide: your summary was saved to { $path }
plain-could-not-save = scarguide: could not save the summary to { $path }: { $why }
plain-why-stdin = standard input is not a terminal
plain-why-stdout = standard output is not a terminal
plain-why-dumb = this terminal cannot show a full-screen program
plain-why-accessible = ACCESSIBLE is set, asking for a mode that suits screen readers
plain-because = scarguide: { $why }, so the interview runs in plain mode (scarguide plain), one question at a time.
translated-by = Translated by
translation-review = Translation checked
