export define
