#include "BatchForm.h"

BatchForm BatchForm::nothing(const QString &why)
{
    BatchForm form;
    form.compare << QStringLiteral("rem ") + why;
    return form;
}
