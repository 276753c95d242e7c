//! The inputs the properties draw from, and the event loop without a
//! terminal that plays them.

use super::*;

#[derive(Debug, Clone)]
pub enum Input {
    Key(KeyCode, KeyModifiers, KeyEventKind),
    Mouse(MouseEventKind, u16, u16, KeyModifiers),
    /// A left click inside one of the areas the last frame made clickable
    /// (random coordinates rarely land on one).
    ClickTarget(usize),
    Resize(u16, u16),
    /// Time passes with no input: the kiosk's idle timer and lock-out.
    Idle(u64),
    /// Events the app does not use.
    Other(Event),
    /// The staff key, the right PIN and Enter: only staff can do this.
    StaffWithPin,
    /// A number key then Enter, as someone hurrying through would; without
    /// it, random keys seldom get to the results.
    Answer(u8),
}

pub fn key_code() -> impl Strategy<Value = KeyCode> {
    use KeyCode::*;
    let named = vec![
        Enter,
        Esc,
        Backspace,
        Tab,
        BackTab,
        Up,
        Down,
        Left,
        Right,
        Home,
        End,
        PageUp,
        PageDown,
        Delete,
        Insert,
        Null,
        CapsLock,
        ScrollLock,
        NumLock,
        PrintScreen,
        Pause,
        Menu,
        KeypadBegin,
    ];
    // Keys the app uses, often ('q' once among them, so self-guided runs
    // are not all cut short).
    let used: Vec<char> = "1234567890 ?ynjkhlrsfqYN".chars().collect();
    prop_oneof![
        6 => prop::sample::select(named),
        5 => prop::sample::select(used).prop_map(Char),
        1 => any::<char>().prop_map(Char),
        1 => (0u8..=24).prop_map(F),
    ]
}

pub fn modifiers() -> impl Strategy<Value = KeyModifiers> {
    prop_oneof![
        10 => Just(KeyModifiers::NONE),
        1 => Just(KeyModifiers::SHIFT),
        1 => Just(KeyModifiers::CONTROL),
        1 => any::<u8>().prop_map(KeyModifiers::from_bits_truncate),
    ]
}

pub fn mouse_kind() -> impl Strategy<Value = MouseEventKind> {
    use MouseEventKind::*;
    let button = prop::sample::select(vec![
        MouseButton::Left,
        MouseButton::Right,
        MouseButton::Middle,
    ]);
    prop_oneof![
        button.clone().prop_map(Down),
        button.clone().prop_map(Up),
        button.prop_map(Drag),
        Just(Moved),
        Just(ScrollDown),
        Just(ScrollUp),
        Just(ScrollLeft),
        Just(ScrollRight),
    ]
}

pub fn size() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        Just((0, 0)),
        Just((1, 1)),
        (0u16..4, 0u16..4),
        (55u16..130, 15u16..45),
        (0u16..300, 0u16..100),
    ]
}

pub fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        20 => (key_code(), modifiers(), prop::sample::select(vec![
            KeyEventKind::Press, KeyEventKind::Press, KeyEventKind::Press,
            KeyEventKind::Repeat, KeyEventKind::Release,
        ])).prop_map(|(c, m, k)| Input::Key(c, m, k)),
        3 => (mouse_kind(), 0u16..300, 0u16..100, modifiers())
            .prop_map(|(k, x, y, m)| Input::Mouse(k, x, y, m)),
        6 => any::<usize>().prop_map(Input::ClickTarget),
        2 => size().prop_map(|(w, h)| Input::Resize(w, h)),
        2 => prop_oneof![0u64..3_000, 20_000u64..60_000].prop_map(Input::Idle),
        1 => prop_oneof![
            Just(Event::FocusGained),
            Just(Event::FocusLost),
            ".{0,20}".prop_map(Event::Paste),
        ].prop_map(Input::Other),
        1 => Just(Input::StaffWithPin),
        4 => (1u8..=9).prop_map(Input::Answer),
    ]
}

pub fn key(code: KeyCode, modifiers: KeyModifiers, kind: KeyEventKind) -> Event {
    Event::Key(KeyEvent {
        code,
        modifiers,
        kind,
        state: KeyEventState::NONE,
    })
}

pub fn press(code: KeyCode) -> Event {
    key(code, KeyModifiers::NONE, KeyEventKind::Press)
}

pub fn mouse(kind: MouseEventKind, column: u16, row: u16, modifiers: KeyModifiers) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers,
    })
}

/// The event loop of `tui::run` without a terminal: the same keymap, the
/// same `update`, a hand-set clock, and a drawing after every step.
pub struct Run<'d> {
    pub app: App<'d>,
    pub clock: Instant,
    /// When a message (not a tick) last reached the app: the idle timer's start.
    pub last_input: Instant,
    pub effects: u32,
    /// What each opening of the staff menu was typed with.
    pub menu_opened_with: Vec<String>,
    /// Deletes asked for from a state that was not asking "delete it?".
    pub unasked_deletes: u32,
    /// Summaries-screen states reached (for the coverage check).
    pub desk_open: u32,
    /// The staff box and the dialog open when the app was told to quit.
    pub quit_from: Option<(Option<Staff>, Option<Overlay>)>,
    /// The last frame drawn.
    pub buf: Buffer,
}

impl<'d> Run<'d> {
    pub fn new(data: &'d Dataset, kiosk: bool) -> Run<'d> {
        let now = Instant::now();
        let mut app = App::new(
            data,
            Theme::new(cli::Theme::Default, false, false),
            (80, 24),
        );
        if kiosk {
            let config = Config {
                gate: scarguide::kiosk::gate::Gate::new(Pin::parse(PIN).unwrap()),
                idle_timeout: IDLE_TIMEOUT,
                export_dir: Some("/nonexistent/kiosk-export".into()),
                printer: None,
            };
            app = app.kiosk(config, now);
        }
        let mut run = Run {
            app,
            clock: now,
            last_input: now,
            effects: 0,
            unasked_deletes: 0,
            desk_open: 0,
            menu_opened_with: Vec::new(),
            quit_from: None,
            buf: Buffer::empty(Rect::default()),
        };
        run.draw();
        run
    }

    pub fn draw(&mut self) {
        let (w, h) = self.app.size;
        let area = Rect::new(0, 0, w, h);
        let mut buf = Buffer::empty(area);
        self.app.hits = view::draw(&self.app, area, &mut buf);
        self.buf = buf;
    }

    /// One event, as the loop handles it: map, update, then the loop's tick,
    /// the effect asked for, and a new frame.
    pub fn event(&mut self, ev: &Event) {
        self.clock += Duration::from_millis(40);
        let staff = self.app.kiosk.as_ref().and_then(|k| k.staff.clone());
        let overlay = self.app.overlay;
        let asking = matches!(&staff, Some(Staff::Desk(d))
            if d.open.as_ref().is_some_and(|o| o.confirm_delete.is_some()));
        if let Some(msg) = map_event(ev, &self.app) {
            self.app.now = self.clock;
            self.last_input = self.clock;
            update(&mut self.app, msg);
        }
        if self.app.effect == Some(Effect::Desk(DeskOp::Delete)) && !asking {
            self.unasked_deletes += 1;
        }
        let menu = self.app.kiosk.as_ref().and_then(|k| k.staff.as_ref());
        if let (Some(Staff::Pin { entered, .. }), Some(Staff::Menu { .. })) = (&staff, menu) {
            self.menu_opened_with.push(entered.clone());
        }
        if self.app.quit && self.quit_from.is_none() {
            self.quit_from = Some((staff, overlay));
        }
        self.after();
    }

    pub fn idle(&mut self, ms: u64) {
        self.clock += Duration::from_millis(ms);
        self.after();
    }

    pub fn after(&mut self) {
        if self.app.quit {
            return;
        }
        if self.app.kiosk.is_some() {
            self.app.now = self.clock;
            update(&mut self.app, Msg::Tick);
        }
        self.perform();
        self.draw();
    }

    /// Stands in for the loop's file and terminal work, with both outcomes.
    pub fn perform(&mut self) {
        self.effects += 1;
        let ok = !self.effects.is_multiple_of(3);
        let app = &mut self.app;
        match app.effect.take() {
            Some(Effect::Export) => {
                if let (Some(_), Some(k)) = (&app.results, app.kiosk.as_mut()) {
                    if ok {
                        k.record("H7K3P", "{}".into());
                    } else {
                        k.sent = Some(Sent::Failed("no space left on device".into()));
                    }
                }
            }
            Some(Effect::Desk(op)) => {
                if let Some(Staff::Desk(d)) = app.kiosk.as_mut().and_then(|k| k.staff.as_mut()) {
                    self.desk_open += 1;
                    desk_stand_in(d, op, ok);
                }
            }
            Some(Effect::Save) => {
                app.saved = Some(if ok {
                    Ok("scarguide-summary-2026-11-21.md".into())
                } else {
                    Err("Permission denied (os error 13)".into())
                });
            }
            Some(Effect::Clear) | None => {}
        }
    }

    pub fn apply(&mut self, input: &Input) {
        match input {
            Input::Key(c, m, k) => self.event(&key(*c, *m, *k)),
            Input::Mouse(k, x, y, m) => self.event(&mouse(*k, *x, *y, *m)),
            Input::ClickTarget(i) => {
                let hits = &self.app.hits.areas;
                let Some((rect, _)) = hits.get(i % hits.len().max(1)) else {
                    return;
                };
                let (x, y) = (rect.x + rect.width / 2, rect.y + rect.height / 2);
                let left = MouseEventKind::Down(MouseButton::Left);
                self.event(&mouse(left, x, y, KeyModifiers::NONE));
            }
            Input::Resize(w, h) => self.event(&Event::Resize(*w, *h)),
            Input::Idle(ms) => self.idle(*ms),
            Input::Other(ev) => self.event(ev),
            Input::StaffWithPin => {
                self.event(&press(KeyCode::F(12)));
                for c in PIN.chars() {
                    self.event(&press(KeyCode::Char(c)));
                    if self.app.quit {
                        return;
                    }
                }
                self.event(&press(KeyCode::Enter));
            }
            Input::Answer(n) => {
                self.event(&press(KeyCode::Char(char::from(b'0' + n))));
                if !self.app.quit {
                    self.event(&press(KeyCode::Enter));
                }
            }
        }
    }
}

/// The folder work of the Summaries screen, with both outcomes: a list of
/// summaries, one opened with a long text, notes for print and collect.
fn desk_stand_in(d: &mut Desk, op: DeskOp, ok: bool) {
    let row = |i: usize| Row {
        code: format!("H7K{i}P"),
        written: "2026-11-30 09:15".into(),
        collected: i.is_multiple_of(2),
    };
    d.rows = (3..9).map(row).collect();
    d.focus = d.focus.min(d.rows.len() - 1);
    match op {
        DeskOp::List => {}
        DeskOp::Open if ok => {
            d.typed.clear();
            d.open = Some(Open {
                row: row(3),
                markdown: "# Summary\n\nA line of the handout.\n\n".repeat(30),
                scroll: 0,
                confirm_delete: None,
            });
        }
        DeskOp::Delete if ok => {
            d.open = None;
            d.note = Some(Note::Done("H7K3P is deleted.".into()));
        }
        _ => {
            d.note = Some(if ok {
                Note::Done("H7K3P (1 page) is sent to the default printer".into())
            } else {
                Note::Failed("no default printer".into())
            });
        }
    }
}
