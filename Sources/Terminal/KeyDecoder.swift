import Browser
@preconcurrency import CNCursesw

/// Turns what `get_wch` and `getmouse` return into the browser's own key and mouse types.
enum KeyDecoder {
    /// A function key (`get_wch` returned `KEY_CODE_YES`); nil for keys the browser does not use.
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_ENTER: .enter
        case KEY_BTAB: .backTab
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        default: nil
        }
    }

    /// A character key (`get_wch` returned `OK`).
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .control(Unicode.Scalar(UInt8(value) + 0x60))
        case 0..<32: return nil
        default: return Unicode.Scalar(value).map(Key.character)
        }
    }

    /// The pending mouse event, after `get_wch` returned `KEY_MOUSE`.
    static func mouseEvent() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let kind: MouseEvent.Kind
        if state & (cg_mouse_button1_pressed() | cg_mouse_button1_clicked() | cg_mouse_button1_double_clicked()) != 0 {
            kind = .press
        } else if state & cg_mouse_wheel_up() != 0 {
            kind = .wheelUp
        } else if state & cg_mouse_wheel_down() != 0 {
            kind = .wheelDown
        } else {
            return nil
        }
        return MouseEvent(kind, column: Int(event.x), row: Int(event.y))
    }
}
